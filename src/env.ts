/** Reading settings from the environment: each value checked, a bad one named with what it accepts. */
type Env = NodeJS.ProcessEnv;
type ErrorClass = new (message: string) => Error;

export function integerSetting(env: Env, name: string, fallback: number, min: number, max: number, error: ErrorClass): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new error(`${name} must be a whole number from ${min} to ${max}, got "${env[name]}"`);
  }
  return value;
}
