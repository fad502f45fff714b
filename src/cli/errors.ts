/** An input the command cannot use: exit status 2 with one French sentence on stderr. */
export class UnusableInput extends Error {}

/** A command that finished with a status other than 0 (e.g. `check` found errors), output already printed. */
export class ExitStatus extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}
