/** spc4j command line: the {@code spc} command for CI jobs. */
module org.spc4j.cli {
    requires org.spc4j.core;
    requires org.spc4j.io;
    requires org.spc4j.charts;
    requires info.picocli;

    opens org.spc4j.cli to info.picocli;
}
