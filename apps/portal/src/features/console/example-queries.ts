/** Example operations over the exercise graph, shown as one-click starters in the console. */
export const EXAMPLE_QUERIES = [
  {
    title: 'Exercises that train the chest',
    query: `# Exercises with chest as the primary mover, and what else they hit
query ChestExercises {
  exercises(filter: { muscle: "chest", role: "primary" }, limit: 10) {
    name
    equipment
    mechanic
    targets { muscle role share }
  }
}`,
  },
  {
    title: 'Most similar to the back squat',
    query: `# SIMILAR_TO neighbours, scored from shared muscles, pattern and equipment
query SimilarToSquat {
  similarExercises(id: "barbell-back-squat", limit: 8) {
    score
    basis
    exercise { name equipment }
  }
}`,
  },
  {
    title: 'Transfer from squat to deadlift',
    query: `# TRANSFERS_TO chains (carry-over), strongest first
query SquatToDeadlift {
  transferPath(from: "barbell-back-squat", to: "barbell-deadlift", maxHops: 3) {
    weight
    exercises { name }
  }
}`,
  },
  {
    title: 'Shared muscles: bench vs. dips',
    query: `query SharedMuscles {
  sharedMuscles(a: "barbell-bench-press", b: "chest-dip") {
    muscle roleA shareA roleB shareB overlap
  }
}`,
  },
  {
    title: 'Dumbbell-only substitutes for the bench press',
    query: `query Substitutes {
  substitutes(id: "barbell-bench-press", equipment: ["dumbbell", "body only"], limit: 5) {
    score
    basis
    exercise { name equipment }
  }
}`,
  },
  {
    title: 'Anonymized population summary',
    query: `query Population {
  populationSummary { athletes sessions performances meanSessionLoadAu }
  exerciseUsage(limit: 10) { name athletes performances }
}`,
  },
] as const;

/** A throwaway Storage so each example opens in a fresh tab instead of GraphiQL's saved tabs. */
export function createMemoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}
