package io.wxmass.cli.config;

/** Where a resolved value came from, highest precedence first. */
enum Source {
    FLAG, ENVIRONMENT, CONFIG_FILE, DEFAULT
}
