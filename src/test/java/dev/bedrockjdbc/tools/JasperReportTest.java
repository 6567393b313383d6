package dev.bedrockjdbc.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.EmulatedModel;

import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.export.JRCsvExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleWriterExporterOutput;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** JasperReports fills examples/custom-models-report.jrxml through the driver, with a timestamp parameter. */
class JasperReportTest {
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(73, 80).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  @Test void reportFilledThroughTheDriverAndExportedToCsv() throws Exception {
    List<EmulatedModel> byTime = emulator.models().stream()
        .sorted(Comparator.comparing(EmulatedModel::creationTime).reversed()).toList();
    Instant since = Instant.ofEpochMilli(byTime.get(9).creationTime().toEpochMilli());
    JasperReport report = JasperCompileManager.compileReport("examples/custom-models-report.jrxml");
    JasperPrint print;
    try (Connection c = TestSupport.connect(emulator, "")) {
      print = JasperFillManager.fillReport(report, new java.util.HashMap<>(Map.of("Since", Timestamp.from(since))), c);
    }
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    JRCsvExporter exporter = new JRCsvExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleWriterExporterOutput(csv, StandardCharsets.UTF_8.name()));
    exporter.exportReport();
    List<String> lines = csv.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    List<String> expected = new ArrayList<>(List.of("Model,Status,Created (UTC)"));
    byTime.stream().filter(m -> m.creationTime().toEpochMilli() >= since.toEpochMilli())
        .sorted(Comparator.comparing((EmulatedModel m) -> m.creationTime().toEpochMilli()).reversed()
            .thenComparing(EmulatedModel::modelName))
        .forEach(m -> expected.add(m.modelName() + "," + (m.modelStatus() == null ? "" : m.modelStatus()) + ","
            + Instant.ofEpochMilli(m.creationTime().toEpochMilli())));
    assertEquals(expected, lines);
  }
}
