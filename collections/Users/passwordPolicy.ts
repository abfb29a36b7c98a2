/** Why a password cannot be used, or null when it can. Pure: the hook below supplies the limit. */
export function passwordProblem(password: unknown, minLength: number): null | string {
  if (typeof password !== 'string') return null
  if (password.length < minLength) {
    return `The password is too short: at least ${minLength} characters are required (NEWSROOM_MIN_PASSWORD_LENGTH), got ${password.length}.`
  }
  return null
}
