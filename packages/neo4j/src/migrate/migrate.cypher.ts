export const APPLIED_MIGRATIONS = `
MATCH (m:__Migration)
RETURN m.version AS version, m.checksum AS checksum
ORDER BY version`;

export const RECORD_MIGRATION = `
MERGE (m:__Migration {version: $version})
ON CREATE SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()`;

export const SHOW_CONSTRAINT_NAMES = `SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name`;
