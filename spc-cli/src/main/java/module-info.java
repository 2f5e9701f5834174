/** spc4j command line: the {@code spc} command for CI jobs (filled by the CLI issue). */
module org.spc4j.cli {
    requires org.spc4j.core;
    requires org.spc4j.io;
    requires org.spc4j.charts;
    requires info.picocli;
}
