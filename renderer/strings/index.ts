import { zhCN } from './zh-CN';

/** The active locale's strings (only zh-CN so far). */
export const t = zhCN;
