import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface JavaInfo {
  executable: string;
  major: number;
}

/** Neo4j 5.26 LTS runs on Java 17 or 21. */
const SUPPORTED = [17, 21];

/** Finds a Java runtime: JAVA_HOME first, then `java` on PATH. Throws one clear message naming the fix. */
export function findJava(javaHome: string | undefined): JavaInfo {
  const candidates = [javaHome ? join(javaHome, 'bin', 'java') : undefined, 'java'].filter((c): c is string => !!c);
  for (const executable of candidates) {
    const res = spawnSync(executable, ['-version'], { encoding: 'utf8' });
    if (res.error || res.status !== 0) continue;
    const match = /version "(\d+)(?:\.(\d+))?/.exec(`${res.stderr}${res.stdout}`);
    if (!match?.[1]) continue;
    let major = Number(match[1]);
    if (major === 1 && match[2]) major = Number(match[2]);
    if (major < 17) {
      throw new Error(
        `Java ${major} found at ${executable}, but Neo4j ${'5.26'} needs Java 17 or 21. ` +
          'Fix: install a JDK/JRE 17 (e.g. `apt-get install openjdk-17-jre-headless`) and set JAVA_HOME to it.',
      );
    }
    if (!SUPPORTED.includes(major)) {
      console.warn(`warning: Java ${major} at ${executable} is not officially supported by Neo4j 5.26 (17 or 21 are); trying anyway.`);
    }
    return { executable, major };
  }
  throw new Error(
    'No Java runtime found (looked at $JAVA_HOME/bin/java and `java` on PATH). ' +
      'Fix: install Java 17 (e.g. `apt-get install openjdk-17-jre-headless`) or set JAVA_HOME.',
  );
}
