package org.zhengtong.platform.internal.backup;

/** A backup or restore that did not happen, with a message for the operator and the command's exit code. */
public class BackupException extends RuntimeException {

    /** Exit codes of the commands: 1 failed on the way, 2 refused before changing anything, 3 checksums differ. */
    public enum Outcome {
        FAILED(1), REFUSED(2), CORRUPT(3);

        private final int exitCode;

        Outcome(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private final Outcome outcome;

    BackupException(Outcome outcome, String message) {
        super(message);
        this.outcome = outcome;
    }

    BackupException(Outcome outcome, String message, Throwable cause) {
        super(message, cause);
        this.outcome = outcome;
    }

    public Outcome outcome() {
        return outcome;
    }
}
