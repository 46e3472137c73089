package org.zhengtong.seal.internal;

import java.nio.file.Path;

/**
 * Seal keys are stored but the configured password does not open them, or there is none: the application does not
 * start rather than seal nothing and call every earlier signature untrusted. Reported by
 * {@link SealKeysFailureAnalyzer} in place of a stack trace.
 */
class SealKeysLockedException extends IllegalStateException {

    enum Reason { NO_PASSWORD, WRONG_PASSWORD }

    private final transient Path passwordFile;

    SealKeysLockedException(Reason reason, Path passwordFile) {
        super(describe(reason, passwordFile.toAbsolutePath()));
        this.passwordFile = passwordFile.toAbsolutePath();
    }

    private static String describe(Reason reason, Path file) {
        return switch (reason) {
            case NO_PASSWORD -> "数据库中已有印章密钥，但既没有设置 zhengtong.seal.key-password，也找不到口令文件 " + file
                    + "。为免已有印章全部失效，系统不会生成新口令，拒绝启动。"
                    + " (seal keys are stored but no key password is configured and the password file is missing)";
            case WRONG_PASSWORD -> "数据库中的印章密钥无法用配置的口令打开（zhengtong.seal.key-password 或口令文件 " + file
                    + "）。拒绝启动：否则用印将失败，已盖章的文件也会被判为无效。"
                    + " (the configured key password does not open the stored seal keys)";
        };
    }

    String action() {
        return "把原安装（或备份中）的 seal-key-password 文件放到 " + passwordFile
                + "，或设置原来的 zhengtong.seal.key-password，然后重新启动。恢复备份时，口令文件随备份一并恢复。"
                + " (restore the original seal-key-password file, or set the original zhengtong.seal.key-password)";
    }
}
