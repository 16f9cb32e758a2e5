export * from './anchor';
export * from './layout';
export * from './report';
export * from './finding';
export * from './review';
export * from './notes';
