export { recognizeQuantities, recognizeInSentence, type SentenceBounds } from './recognize.js';
export { PARSERS, REFINERS } from './config.js';
