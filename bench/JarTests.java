import java.io.PrintWriter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs test classes against whatever class path it is started with: bench/jar-parquet.sh uses it
 * to run core's Parquet tests on the shaded jar (its trimmed Hadoop classes) instead of on the
 * module's full dependencies. Prints JUnit's summary; exits 1 on any failure.
 * usage: java -cp <test classes>:<jar>:<junit jars> JarTests CLASS...
 */
public class JarTests {
  public static void main(String[] args) throws Exception {
    LauncherDiscoveryRequestBuilder b = LauncherDiscoveryRequestBuilder.request();
    for (String c : args) {
      b.selectors(selectClass(Class.forName(c)));
    }
    LauncherDiscoveryRequest request = b.build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request, listener);
    TestExecutionSummary s = listener.getSummary();
    PrintWriter out = new PrintWriter(System.out);
    s.printTo(out);
    s.printFailuresTo(out, 20);
    out.flush();
    System.exit(s.getTotalFailureCount() == 0 && s.getTestsFoundCount() > 0 ? 0 : 1);
  }
}
