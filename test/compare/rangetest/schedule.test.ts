import { describe, expect, it } from 'vitest';
import * as schedule from '../../../src/compare/rangetest/schedule.js';

describe('rangetest/schedule', () => {
  it('schedule exports rangeTestLr alone: the runner computes each step\'s lr as it goes, so no list helper is kept unused', () => {
    expect(Object.keys(schedule)).toEqual(['rangeTestLr']);
  });
});
