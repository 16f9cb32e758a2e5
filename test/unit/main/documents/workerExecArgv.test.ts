// The Node options a review worker starts with (main/documents/reviewSlot.ts): the parent's module
// loaders (tsx's, under the tests and the bench) must not reach a worker that runs a bundle.
import { describe, expect, it } from 'vitest';
import { workerExecArgv } from '../../../../main/documents/reviewSlot';

describe('workerExecArgv', () => {
  it('starts the worker with no options when the parent loads modules with its own', () => {
    expect(workerExecArgv(['--require', '/x/tsx/dist/preflight.cjs', '--import', 'file:///x/tsx/dist/loader.mjs'])).toEqual([]);
    expect(workerExecArgv(['--trace-gc', '--import=tsx'])).toEqual([]);
    expect(workerExecArgv(['-r', 'ts-node/register'])).toEqual([]);
    expect(workerExecArgv(['--experimental-loader', './hooks.mjs', '--enable-source-maps'])).toEqual([]);
  });

  it('leaves Node to pass on the parent’s options otherwise (it drops the process-wide ones itself)', () => {
    expect(workerExecArgv([])).toBeUndefined();
    expect(workerExecArgv(['--max-old-space-size=4096', '--trace-gc'])).toBeUndefined();
  });
});
