import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { createTfjsRunner } from '../../../src/runners/tfjs/index.js';
import { BACKEND_SETTING, messages } from '../../../src/runners/tfjs/messages.js';

const BACKENDS = ['auto', 'tensorflow-gpu', 'tensorflow', 'wasm', 'cpu'];

describe('tfjs runner backend messages', () => {
  it('backendInvalid and backendUnavailable name the neutral backend by default, and the option the edge passes otherwise', () => {
    expect(messages.backendInvalid('gpu', BACKENDS)).toBe(`${BACKEND_SETTING} "gpu" is not allowed; use one of ${BACKENDS.join(', ')}`);
    expect(messages.backendUnavailable('wasm', 'no kernel', messages.useBackend('cpu'))).toBe('backend wasm cannot load: no kernel; set backend to cpu');
    expect(messages.backendUnavailable('wasm', 'no kernel', messages.useBackend('cpu', '--backend'), '--backend')).toBe('--backend wasm cannot load: no kernel; use --backend cpu');
    const option = 'the backend input';
    expect(messages.backendUnavailable('wasm', 'no kernel', messages.useBackend('cpu', option), option)).toBe(
      'the backend input wasm cannot load: no kernel; set the backend input to cpu',
    );
    expect(messages.backendRequested(option)).toBe('requested with the backend input');
  });

  it('createTfjsRunner({ backendOption }) names that option when the backend is not allowed', async () => {
    const option = 'the backend input';
    await expect(createTfjsRunner({ configPath: 'none.mjs', backend: 'gpu' as never, backendOption: option })).rejects.toThrow(
      new UsageError(messages.backendInvalid('gpu', BACKENDS, option)),
    );
  });
});
