import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CANVAS_VERSION, InputDefaults, Inputs, METHOD_INPUTS, Outputs, PICK_OUTPUTS } from '../../src/action/constants.js';

interface ActionYml {
  inputs: Record<string, { description?: string; default?: string }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
}

const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as ActionYml;

describe('action.yml', () => {
  it('action.yml declares exactly the inputs in constants, each described', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toMatch(/\S/);
  });

  it('action.yml defaults are the reader defaults', () => {
    const declared = Object.fromEntries(Object.entries(action.inputs).flatMap(([name, input]) => (input.default === undefined ? [] : [[name, String(input.default)]])));
    expect(declared).toEqual(InputDefaults);
  });

  it('action.yml declares exactly the outputs in constants, each described', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([...Object.values(Outputs), ...PICK_OUTPUTS].sort());
    for (const [name, output] of Object.entries(action.outputs)) expect(output.description, name).toMatch(/\S/);
  });

  it('action.yml lists every method choice in the method input, as the reader accepts them', () => {
    const choices = /: ([a-z-]+(?: \| [a-z-]+)+)/.exec(action.inputs[Inputs.Method]?.description ?? '')?.[1]?.split(' | ');
    expect(choices).toEqual(Object.keys(METHOD_INPUTS));
  });

  it('action.yml runs dist/index.js on node24 with branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding.icon).toMatch(/\S/);
  });

  it('CANVAS_VERSION is the canvas version this repository builds and tests with', () => {
    const installed = JSON.parse(readFileSync(new URL('../../node_modules/canvas/package.json', import.meta.url), 'utf8')) as { version: string };
    expect(CANVAS_VERSION).toBe(installed.version);
  });
});
