import { createRequire } from 'node:module';

/**
 * The parts of `natural` the project uses, loaded one by one. Importing the package root loads its
 * storage back-ends, which call dotenv: that reads a stray .env into process.env and prints a banner
 * on stdout, corrupting `--json` output. Deep requires avoid both and start faster.
 */
const require = createRequire(import.meta.url);

interface DistanceModule {
  JaroWinklerDistance(a: string, b: string, options?: { ignoreCase?: boolean }): number;
}
interface PhoneticsModule {
  DoubleMetaphone: new () => { process(token: string): [string, string] };
}
export interface TrainableClassifier {
  addDocument(text: string | string[], label: string): void;
  train(): void;
  classify(text: string | string[]): string;
  getClassifications(text: string | string[]): { label: string; value: number }[];
}
interface ClassifiersModule {
  BayesClassifier: new () => TrainableClassifier;
  LogisticRegressionClassifier: new () => TrainableClassifier;
}
interface TokenizersModule {
  WordTokenizer: new () => { tokenize(text: string): string[] };
  SentenceTokenizer: new (abbreviations: string[], trimSentences?: boolean) => SentenceTokenizer;
}
export interface SentenceTokenizer {
  tokenize(text: string): string[];
}

const distance = require('natural/lib/natural/distance/index.js') as DistanceModule;
const phonetics = require('natural/lib/natural/phonetics/index.js') as PhoneticsModule;
const classifiers = require('natural/lib/natural/classifiers/index.js') as ClassifiersModule;
const tokenizers = require('natural/lib/natural/tokenizers/index.js') as TokenizersModule;
const stopwords = require('natural/lib/natural/util/stopwords.js') as { words: string[] };
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };

export const JaroWinklerDistance = distance.JaroWinklerDistance;
export const DoubleMetaphone = phonetics.DoubleMetaphone;
export const BayesClassifier = classifiers.BayesClassifier;
export const LogisticRegressionClassifier = classifiers.LogisticRegressionClassifier;
export const WordTokenizer = tokenizers.WordTokenizer;
export const SentenceTokenizer = tokenizers.SentenceTokenizer;
/** natural's English stop words (what `natural.stopwords` is). */
export const STOPWORDS: readonly string[] = stopwords.words;
/** natural's Porter stemmer: "entries" and "entry" share "entri". */
export const stem = (word: string): string => porter.stem(word);
