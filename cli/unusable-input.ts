/** Input the CLI cannot use: its message is the one-line reason printed on standard error. */
export class UnusableInput extends Error {}
