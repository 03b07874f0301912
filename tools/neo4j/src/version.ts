/** The one place the Neo4j version is recorded. `neo4j-jars.lock` lists this version's jars. */
export const NEO4J_VERSION = '5.26.30';
/** Maven Central, or a mirror of it (LIFTGRAPH_MAVEN_REPO). */
export const DEFAULT_MAVEN_REPO = 'https://repo1.maven.org/maven2';
