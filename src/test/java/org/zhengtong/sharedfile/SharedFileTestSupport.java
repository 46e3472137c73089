package org.zhengtong.sharedfile;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.TestUsers;

/** Requests and files the shared-files tests make: folders, grants and uploads through the API. */
final class SharedFileTestSupport {

    static final String MANAGER = "czj.office";

    private final MockMvc mvc;
    private final TestUsers users;

    SharedFileTestSupport(MockMvc mvc, TestUsers users) {
        this.mvc = mvc;
        this.users = users;
    }

    /** A new top folder of 市财政局 made by its unit administrator. */
    long folder(String name) throws Exception {
        return id(json("/api/v1/shared-files/folders", MANAGER, """
                {"name": "%s", "category": "GUIDE"}""".formatted(name)));
    }

    void grant(long folder, String access, String kind, Object grantee) throws Exception {
        json("/api/v1/shared-files/folders/" + folder + "/grants", MANAGER, """
                {"access": "%s", "kind": "%s", "grantee": "%s"}""".formatted(access, kind, grantee));
    }

    ResultActions json(String path, String user, String body) throws Exception {
        return mvc.perform(post(path).with(users.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    ResultActions upload(long folder, String user, String name, byte[] content, String classification)
            throws Exception {
        return mvc.perform(multipart("/api/v1/shared-files/folders/{id}/files", folder)
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("classification", classification).with(users.as(user)).with(csrf()));
    }

    static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
