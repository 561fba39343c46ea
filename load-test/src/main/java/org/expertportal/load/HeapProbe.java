package org.expertportal.load;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The portal's live heap, read from its JVM on this machine: attach by process id, start the JVM's
 * local management agent (no port is opened; the address is a local one), run a full collection
 * twice and read the heap in use. What survives two full collections is what the sessions and
 * the application really hold; the difference before and after people sign in, divided by
 * their number, is the heap per session.
 */
final class HeapProbe {

    private final long pid;

    HeapProbe(long pid) {
        this.pid = pid;
    }

    /** Bytes of heap in use after two full collections. */
    long liveBytes() throws IOException {
        try (Connection connection = connect()) {
            return connection.liveBytes();
        }
    }

    /** A connection kept open, for samples taken while something runs. */
    Connection connect() throws IOException {
        String address;
        try {
            VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
            try {
                address = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
        } catch (AttachNotSupportedException e) {
            throw new IOException("cannot attach to process " + pid + ": " + e.getMessage(), e);
        }
        return new Connection(JMXConnectorFactory.connect(new JMXServiceURL(address)));
    }

    /** The portal JVM's memory beans over one local JMX connection. */
    static final class Connection implements AutoCloseable {

        private final JMXConnector connector;
        private final MemoryMXBean memory;
        private final List<MemoryPoolMXBean> heapPools;
        private final List<GarbageCollectorMXBean> collectors;

        private Connection(JMXConnector connector) throws IOException {
            this.connector = connector;
            MBeanServerConnection server = connector.getMBeanServerConnection();
            this.memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME,
                    MemoryMXBean.class);
            this.heapPools = ManagementFactory.getPlatformMXBeans(server, MemoryPoolMXBean.class).stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .toList();
            this.collectors = ManagementFactory.getPlatformMXBeans(server, GarbageCollectorMXBean.class);
        }

        /** Bytes of heap in use after two full collections. */
        long liveBytes() {
            memory.gc();
            memory.gc();
            return memory.getHeapMemoryUsage().getUsed();
        }

        /** Bytes of heap in use now, garbage not yet collected included. */
        long usedBytes() {
            return memory.getHeapMemoryUsage().getUsed();
        }

        /**
         * Bytes of heap in use just after the latest collection, over all heap pools: what the
         * collector could not free, the nearest thing to live data without forcing a collection.
         */
        long usedAfterLastCollection() {
            long sum = 0;
            for (MemoryPoolMXBean pool : heapPools) {
                var usage = pool.getCollectionUsage();
                sum += usage == null ? 0 : usage.getUsed();
            }
            return sum;
        }

        /** Collections so far, all collectors. */
        long collections() {
            return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        }

        @Override
        public void close() throws IOException {
            connector.close();
        }
    }
}
