import type { ReviewErrorCode } from '../../shared/model';

/** A file that cannot be parsed, with a message for the user in Chinese. */
export class ParseError extends Error {
  constructor(
    readonly code: ReviewErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ParseError';
  }
}
