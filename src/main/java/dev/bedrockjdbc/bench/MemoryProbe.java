package dev.bedrockjdbc.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Run by the benchmark in a JVM with a small heap (-Xmx96m): scans every model with SELECT *, reading each
 * column as a client would, and prints the rows, the peak heap and the heap after GC at each tenth.
 */
public final class MemoryProbe {
  private MemoryProbe() {
  }

  public static void main(String[] args) throws Exception {
    URI endpoint = URI.create(args[0]);
    int total = Integer.parseInt(args[1]);
    StringBuilder tenths = new StringBuilder();
    long rows = 0;
    try (Connection c = DriverManager.getConnection(RawSdk.url(endpoint, ""));
         Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM custom_models")) {
      while (rs.next()) {
        for (int i = 1; i <= 10; i++) {
          rs.getObject(i);
        }
        if (++rows % (total / 10) == 0) {
          System.gc();
          Runtime rt = Runtime.getRuntime();
          tenths.append(tenths.length() == 0 ? "" : ",").append((rt.totalMemory() - rt.freeMemory()) >> 20);
        }
      }
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("ROWS " + rows + " PEAK_MB " + (peak >> 20) + " AFTER_GC_MB " + tenths);
  }
}
