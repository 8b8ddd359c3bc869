package org.misconduct.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community in this JVM with Bolt on a loopback address, until the process is
 * signalled. Arguments: DATA_DIR [BOLT_PORT] [BOLT_HOST]. The Node side (scripts/db.mjs)
 * owns the pid file and waits for Bolt to answer; this class only starts and stops cleanly.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: Launcher DATA_DIR [BOLT_PORT] [BOLT_HOST]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 7687;
    String host = args.length > 2 ? args[2] : "127.0.0.1";
    Files.createDirectories(home);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
        // The HTTP connector would claim port 7474 for nothing the project uses.
        .setConfig(HttpConnector.enabled, false)
        // Embedded servers have no auth by default; loopback-only binding is the protection.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
        .build();

    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
    System.out.println("neo4j-launcher: bolt://" + host + ":" + port + " data=" + home);
    Thread.currentThread().join();
  }
}
