/**
 * The settings tree: {@code config/tenderwatch.yaml} (the one documented defaults file), {@code config/sources/*.yaml}
 * (one per portal), {@code config/flags.yaml} (the flag lexicon), and the smaller files beside them (cases, Entity
 * List aliases, subscribers). Each is read once, at start, into records whose compact constructors check every
 * value; a problem is a {@link org.tenderwatch.config.ConfigException} naming the file, the key and what is wrong.
 * Every YAML file goes through {@code YamlFiles} (the digest's optional subscribers.yaml too), so every file gets
 * the same errors.
 */
package org.tenderwatch.config;
