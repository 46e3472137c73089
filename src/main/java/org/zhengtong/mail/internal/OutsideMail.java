package org.zhengtong.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.RichText;

/**
 * Mail to outside addresses, through the SMTP server of {@code spring.mail.*}. Without {@code spring.mail.host}
 * there is no mail sender and such a mail is refused with a message saying so; a server that fails refuses it too,
 * so a mail is reported sent only when the server took it.
 */
@Component
class OutsideMail {

    private static final Logger log = LoggerFactory.getLogger(OutsideMail.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final FileStore files;
    private final String from;

    OutsideMail(ObjectProvider<JavaMailSender> mailSender, FileStore files, MailProperties properties) {
        this.mailSender = mailSender;
        this.files = files;
        this.from = properties.outsideFrom();
    }

    void requireConfigured() {
        if (mailSender.getIfAvailable() == null) {
            throw new BusinessRuleException("mail.error.noSmtp");
        }
    }

    void send(MailMessage message, List<MailRecipient> outside, List<MailAttachment> attachments) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new BusinessRuleException("mail.error.noSmtp");
        }
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(from, message.getSenderName());
            for (MailRecipient recipient : outside) {
                switch (recipient.getField()) {
                    case TO -> helper.addTo(recipient.getEmail());
                    case CC -> helper.addCc(recipient.getEmail());
                    case BCC -> helper.addBcc(recipient.getEmail());
                }
            }
            helper.setSubject(message.getSubject());
            helper.setText(RichText.text(message.getBody()), message.getBody());
            for (MailAttachment attachment : attachments) {
                helper.addAttachment(attachment.getFileName(), () -> files.open(attachment.getStorageKey()));
            }
            sender.send(mime);
        } catch (MessagingException | UnsupportedEncodingException | MailException e) {
            log.warn("外部邮件发送失败：邮件 {}", message.getId(), e);
            throw new BusinessRuleException("mail.error.outsideFailed");
        }
    }
}
