// A cache of answers that depend only on their key, emptied whole when it reaches its limit: after an edit the same
// questions come again, and an answer is cheap enough to redo that an LRU's bookkeeping would not pay.
export class ClearingMemo<T> {
  private readonly answers = new Map<string, T>();

  constructor(private readonly limit: number) {}

  /** The answer for key, computed from the key when missing (a function of the key alone, so no closure is made per call). */
  get(key: string, compute: (key: string) => T): T {
    let answer = this.answers.get(key);
    if (answer === undefined) {
      if (this.answers.size >= this.limit) this.answers.clear();
      answer = compute(key);
      this.answers.set(key, answer);
    }
    return answer;
  }
}
