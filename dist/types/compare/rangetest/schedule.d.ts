/**
 * The learning rate of step `i` (0-based) of a range test: startLr·(endLr/startLr)^(i/numIt), fastai's
 * `SchedExp` at position i/numIt. The last step (i = numIt - 1) sits one step short of endLr, as in fastai.
 */
export declare function rangeTestLr(i: number, startLr: number, endLr: number, numIt: number): number;
