/** spc4j io: CSV input, JSON reports, limits files and stream adapters. */
module org.spc4j.io {
    requires transitive org.spc4j.core;
    requires org.apache.commons.csv;
    requires com.fasterxml.jackson.databind;

    exports org.spc4j.io.csv;
    exports org.spc4j.io.json;
    exports org.spc4j.io.stream;
    exports org.spc4j.io.report;
}
