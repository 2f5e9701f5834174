// spc4j JShell start-up: jshell --class-path spc-cli/target/spc.jar examples/spc.jsh
import org.spc4j.core.constants.*;
import org.spc4j.core.stats.*;
import org.spc4j.core.control.*;
import org.spc4j.core.rules.*;
import org.spc4j.core.capability.*;
import org.spc4j.core.pareto.*;
import org.spc4j.io.csv.*;
import org.spc4j.io.json.*;
import org.spc4j.io.stream.*;
import org.spc4j.charts.*;
import java.nio.file.*;
System.out.println("spc4j ready: try ChartSpec.xbarR(), Capability.of(...), Pareto.ofLabels(...), SpcCsv.reader()");
