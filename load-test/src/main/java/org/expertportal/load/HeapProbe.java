package org.expertportal.load;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
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
        try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
            MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(connector.getMBeanServerConnection(),
                    ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            memory.gc();
            memory.gc();
            return memory.getHeapMemoryUsage().getUsed();
        }
    }
}
