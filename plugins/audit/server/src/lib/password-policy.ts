/** Admin passwords: a minimum length and a number of character classes (lower, upper, digit, symbol). */
export interface PasswordPolicy {
  minLength: number;
  classes: number;
}

const CLASSES: [RegExp, string][] = [
  [/[a-z]/, '小写字母'],
  [/[A-Z]/, '大写字母'],
  [/[0-9]/, '数字'],
  [/[^A-Za-z0-9]/, '符号'],
];

/** The Chinese reason a password is refused, or null when it is accepted. */
export function passwordProblem(password: string, policy: PasswordPolicy): string | null {
  const held = CLASSES.filter(([re]) => re.test(password)).length;
  if (password.length < policy.minLength || held < policy.classes) {
    return `密码至少 ${policy.minLength} 位，并包含小写字母、大写字母、数字、符号中的至少 ${policy.classes} 类`;
  }
  return null;
}
