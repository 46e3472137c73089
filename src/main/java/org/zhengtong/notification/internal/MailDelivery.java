package org.zhengtong.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail through the SMTP server of {@code spring.mail.*}. Without {@code spring.mail.host} there is no mail
 * sender: the message is written to the log instead, and sending starts as soon as a host is configured. A
 * failing server is logged and does not stop the in-app notification.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final String baseUrl;

    MailDelivery(ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties) {
        this.mailSender = mailSender;
        this.from = properties.mailFrom();
        this.baseUrl = properties.baseUrl();
    }

    Notification.EmailStatus send(String to, String subject, String body, String link) {
        String text = body == null ? "" : body;
        if (link != null) {
            text += "\n\n" + baseUrl + link;
        }
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("未配置邮件服务器（spring.mail.host），邮件未发送：收件人 {}，主题 {}", to, subject);
            return Notification.EmailStatus.LOGGED;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.send(message);
            return Notification.EmailStatus.SENT;
        } catch (MailException e) {
            log.warn("邮件发送失败：收件人 {}，主题 {}：{}", to, subject, e.getMessage());
            return Notification.EmailStatus.FAILED;
        }
    }
}
