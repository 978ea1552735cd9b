// The blobs fixture with tfjs momentum (0.9), whose dispose() alone leaks its learning-rate scalar.
import blobs from '../../../fixtures/blobs/lr-sweep.config.mjs';

export default { ...blobs, optimizer: 'momentum' };
