package run.kro.ui.rg.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Supplier;
import run.kro.ui.base.ui.Notices;

/**
 * Import a ResourceGroup from a YAML file into the editor, and export the editor's text as a file.
 */
class YamlTransfer extends HorizontalLayout {

  private static final int MAX_BYTES = 1024 * 1024;

  YamlTransfer(Supplier<String> text, Consumer<String> onImport) {
    setAlignItems(Alignment.BASELINE);
    Upload upload = new Upload();
    upload.setUploadHandler(
        UploadHandler.inMemory(
            (metadata, bytes) -> {
              String yaml = new String(bytes, StandardCharsets.UTF_8);
              UI ui = UI.getCurrent();
              // The file's chip would stay under the button and push the editor down; the editor
              // shows what was imported.
              Runnable imported =
                  () -> {
                    upload.clearFileList();
                    onImport.accept(yaml);
                  };
              if (ui != null) {
                ui.access(imported::run);
              } else {
                imported.run();
              }
            }));
    upload.setAcceptedFileTypes(".yaml", ".yml", "application/yaml", "text/yaml");
    upload.setMaxFileSize(MAX_BYTES);
    upload.setDropAllowed(false);
    Button importButton = new Button("Import", VaadinIcon.UPLOAD.create());
    importButton.setAriaLabel("Import YAML");
    importButton.setTooltipText("Import YAML from a file");
    upload.setUploadButton(importButton);
    upload.addFileRejectedListener(
        e ->
            Notices.error(
                "Not imported: "
                    + e.getErrorMessage()
                    + ". Choose a .yaml file of at most 1 MiB."));
    upload.setId("import");
    Anchor export =
        new Anchor(
            DownloadHandler.fromInputStream(
                event -> {
                  byte[] bytes = text.get().getBytes(StandardCharsets.UTF_8);
                  return new DownloadResponse(
                      new ByteArrayInputStream(bytes),
                      "resourcegroup.yaml",
                      "application/yaml",
                      bytes.length);
                }),
            "Export");
    export.getElement().setAttribute("aria-label", "Export YAML");
    export.getElement().setAttribute("title", "Export the text as a YAML file");
    export.setId("export");
    export.getElement().setAttribute("download", true);
    add(upload, export);
  }
}
