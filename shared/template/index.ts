export * from './t2';
export * from './t3';
export * from './t4';
export * from './labels';
