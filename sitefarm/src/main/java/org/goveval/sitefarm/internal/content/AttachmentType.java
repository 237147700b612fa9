package org.goveval.sitefarm.internal.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The attachment formats government articles carry, each with a small body that starts as the real format. */
public enum AttachmentType {
    PDF("pdf", "application/pdf"),
    DOC("doc", "application/msword"),
    XLS("xls", "application/vnd.ms-excel"),
    ZIP("zip", "application/zip");

    private static final byte[] OLE_MAGIC = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    private final String extension;
    private final String contentType;

    AttachmentType(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** A small body with the format's magic bytes: a minimal PDF, an OLE header, an empty zip archive. */
    public byte[] body() {
        return switch (this) {
            case PDF ->
                "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
                        .getBytes(StandardCharsets.US_ASCII);
            case DOC, XLS -> {
                byte[] ole = new byte[512];
                System.arraycopy(OLE_MAGIC, 0, ole, 0, OLE_MAGIC.length);
                yield ole;
            }
            case ZIP -> {
                byte[] zip = new byte[22];
                zip[0] = 'P';
                zip[1] = 'K';
                zip[2] = 5;
                zip[3] = 6;
                yield zip;
            }
        };
    }

    /** The magic bytes a body starts with. */
    public byte[] magic() {
        return Arrays.copyOf(body(), 4);
    }
}
