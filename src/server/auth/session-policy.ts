// Session lifetime: short and rolling (idle timeout), with an absolute cap from the sign-in time.
export const SESSION_IDLE_SECONDS = 2 * 60 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
/** A token younger than this is not re-issued (saves a cookie write on every request). */
export const SESSION_ROLL_AFTER_SECONDS = 5 * 60;
