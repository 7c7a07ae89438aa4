package kg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

/**
 * Stands in for `neo4j console` for `kg neo4j start`: Maven Central carries no Neo4j server
 * distribution, only the embeddable artifacts, so this runs Neo4j Community embedded and opens
 * Bolt on loopback. Usage: LocalNeo4j HOME PORT PASSWORD_FILE PAGECACHE
 */
public final class LocalNeo4j {
    /** The CLI waits for this line before it probes Bolt, so it never hits the old password. */
    private static final String READY = "kg-neo4j: ready on port ";
    private static final String HOST = "127.0.0.1";
    private static final String UNCHANGED_PASSWORD = "Old password and new password cannot be the same";

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: LocalNeo4j HOME PORT PASSWORD_FILE PAGECACHE");
            System.exit(64);
        }
        try {
            int port = Integer.parseInt(args[1]);
            DatabaseManagementService dbms = start(Path.of(args[0]), port, args[3]);
            // SIGTERM from `kg neo4j stop` runs this, so the store is closed cleanly.
            Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "kg-neo4j-shutdown"));
            setPassword(dbms, Files.readString(Path.of(args[2])).trim());
            System.out.println(READY + port);
            Thread.currentThread().join();
        } catch (Throwable e) {
            e.printStackTrace();
            // Neo4j's own threads would otherwise keep a half-started JVM alive.
            System.exit(1);
        }
    }

    private static DatabaseManagementService start(Path home, int port, String pageCache) {
        SocketAddress bolt = new SocketAddress(HOST, port);
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                // The routing table of neo4j:// URIs hands out this address; "localhost" may resolve to ::1.
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(HOST))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                .setConfig(BoltConnector.advertised_address, bolt)
                // Sized for a 2-core machine: Neo4j's defaults (400 Bolt threads, 1000 transactions) suit big servers.
                .setConfig(BoltConnector.thread_pool_min_size, 2)
                .setConfig(BoltConnector.thread_pool_max_size, 64)
                .setConfig(GraphDatabaseSettings.max_concurrent_transactions, 256)
                // A local development store has nothing to report, and the report would reach for the network.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Netty otherwise idles 5 s per Bolt connector before it lets `kg neo4j stop` finish.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 1)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .build();
    }

    /**
     * The password file is the source of truth: a new store's `neo4j` user starts with "neo4j" and must
     * change it, and a rewritten file must take effect on the next start. Neo4j refuses an unchanged
     * password, which is the common case and fine.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (!e.getMessage().contains(UNCHANGED_PASSWORD)) {
                throw e;
            }
        }
    }
}
