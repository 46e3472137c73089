package org.zhengtong.asset.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.InvalidInputException;
import org.zhengtong.platform.PdfText;
import org.zhengtong.platform.QrCodes;
import org.zhengtong.platform.TextPdf;

/**
 * 资产标签 as a PDF on A4, three labels across and eight down (70 × 37 mm): the unit, the asset number, name, model,
 * custodian and acquisition day in 黑体 and 宋体 ({@code zhengtong.fonts.*}), and a QR code carrying the card's
 * address ({@code <base>/asset/n/<number>}), which a phone's camera opens and the stock-take scanner reads.
 */
@Component
public class AssetLabels {

    static final String LABEL_PATH = "/asset/n/";
    /** The file name of a selection's labels. */
    public static final String SELECTION_FILE_NAME = "资产标签.pdf";
    private static final float WIDTH = PDRectangle.A4.getWidth() / 3;
    private static final float HEIGHT = PDRectangle.A4.getHeight() / 8;
    private static final int PER_PAGE = 24;

    private final AssetService service;
    private final AssetAccess access;
    private final CurrentUsers currentUsers;
    private final TextPdf textPdf;

    AssetLabels(AssetService service, AssetAccess access, CurrentUsers currentUsers, TextPdf textPdf) {
        this.service = service;
        this.access = access;
        this.currentUsers = currentUsers;
        this.textPdf = textPdf;
    }

    /** The labels of these cards, in the order given, for the unit's asset clerk; the QR codes hold this site. */
    @Transactional(readOnly = true)
    public byte[] pdf(List<Long> ids) {
        CurrentUser user = currentUsers.current();
        if (ids.isEmpty() || ids.size() > 500) {
            throw new InvalidInputException("asset.error.labelSelection");
        }
        List<AssetView> cards = new ArrayList<>();
        for (long id : ids) {
            AssetView card = service.view(id);
            access.requireManage(user, card.unitId());
            cards.add(card);
        }
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        try (PDDocument document = new PDDocument(); TextPdf.Fonts fonts = textPdf.fonts(document)) {
            for (int start = 0; start < cards.size(); start += PER_PAGE) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (int i = start; i < Math.min(cards.size(), start + PER_PAGE); i++) {
                        int slot = i - start;
                        float x = (slot % 3) * WIDTH;
                        float y = PDRectangle.A4.getHeight() - (slot / 3 + 1) * HEIGHT;
                        label(document, content, fonts, cards.get(i), base, x, y);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name of a card's label. */
    public static String fileName(AssetView card) {
        return "资产标签-" + card.number() + ".pdf";
    }

    private void label(PDDocument document, PDPageContentStream content, TextPdf.Fonts fonts, AssetView card,
                       String base, float x, float y) throws IOException {
        PDType0Font hei = fonts.hei();
        PDType0Font song = fonts.song();
        content.addRect(x + 4, y + 4, WIDTH - 8, HEIGHT - 8);
        content.stroke();
        BufferedImage qr = QrCodes.image(address(base, card.number()), 240);
        PDImageXObject image = LosslessFactory.createFromImage(document, qr);
        float qrSize = HEIGHT - 16;
        content.drawImage(image, x + WIDTH - qrSize - 8, y + 8, qrSize, qrSize);
        float textWidth = WIDTH - qrSize - 22;
        float line = y + HEIGHT - 20;
        PdfText.show(content, hei, fit(hei, card.unitName() + " 固定资产", 8.5f, textWidth), 8.5f, x + 10, line);
        String[] rows = {card.number(), card.name() + (card.model() == null ? "" : " " + card.model()),
                "保管：" + (card.custodianName() == null ? "" : card.custodianName()),
                "取得：" + card.acquiredOn()};
        for (String row : rows) {
            line -= 14;
            PdfText.show(content, song, fit(song, row, 7f, textWidth), 7f, x + 10, line);
        }
    }

    static String address(String base, String number) {
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + LABEL_PATH + number;
    }

    /** The text as the font draws it ('?' for what it lacks), cut to the width. */
    private static String fit(PDType0Font font, String text, float size, float width) {
        String shown = PdfText.printable(font, text);
        while (shown.length() > 1 && PdfText.width(font, shown, size) > width) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown;
    }
}
