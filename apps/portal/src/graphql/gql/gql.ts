/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment InviteFields on Invite {\n    id\n    athleteId\n    athleteName\n    email\n    createdAt\n    expiresAt\n    status\n  }\n": typeof types.InviteFieldsFragmentDoc,
    "\n  query Invites($athleteId: ID!) {\n    invites(athleteId: $athleteId) {\n      ...InviteFields\n    }\n  }\n": typeof types.InvitesDocument,
    "\n  mutation CreateInvite($athleteId: ID!, $email: String) {\n    createInvite(athleteId: $athleteId, email: $email) {\n      ...InviteFields\n      code\n      url\n    }\n  }\n": typeof types.CreateInviteDocument,
    "\n  mutation RevokeInvite($id: ID!) {\n    revokeInvite(id: $id) {\n      ...InviteFields\n    }\n  }\n": typeof types.RevokeInviteDocument,
    "\n  query InvitePreview($code: String!) {\n    invitePreview(code: $code) {\n      athleteName\n      coachName\n      organisationName\n      expiresAt\n    }\n  }\n": typeof types.InvitePreviewDocument,
    "\n  mutation RemoveAthlete($athleteId: ID!) {\n    removeAthlete(athleteId: $athleteId)\n  }\n": typeof types.RemoveAthleteDocument,
    "\n  fragment PasswordResetLinkFields on PasswordResetLink {\n    url\n    code\n    expiresAt\n    userEmail\n  }\n": typeof types.PasswordResetLinkFieldsFragmentDoc,
    "\n  mutation IssuePasswordReset($userId: ID, $athleteId: ID) {\n    issuePasswordReset(userId: $userId, athleteId: $athleteId) {\n      ...PasswordResetLinkFields\n    }\n  }\n": typeof types.IssuePasswordResetDocument,
    "\n  mutation ResetPassword($code: String!, $newPassword: String!) {\n    resetPassword(code: $code, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  query AdminOrganisations {\n    organisations {\n      id\n      name\n      createdAt\n      athleteCount\n      coaches {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.AdminOrganisationsDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    name\n    email\n    role\n    disabled\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsers($organisationId: ID) {\n    users(organisationId: $organisationId) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation CreateCoach($input: CreateCoachInput!) {\n    createCoach(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.CreateCoachDocument,
    "\n  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {\n    setUserDisabled(userId: $userId, disabled: $disabled) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.SetUserDisabledDocument,
    "\n  query Roster {\n    athletes {\n      id\n      name\n      today\n      status {\n        asOf\n        weekLoadAu\n        monotony\n        strain\n        acwr\n        lastSessionDate\n        daysSinceLastSession\n        compliance {\n          programId\n          completed\n          prescribed\n          ratio\n        }\n        flags {\n          code\n          message\n        }\n      }\n    }\n  }\n": typeof types.RosterDocument,
    "\n  query AthleteDetail($id: ID!) {\n    athlete(id: $id) {\n      id\n      name\n      sex\n      bodyweightKg\n      timeZone\n      today\n      status {\n        asOf\n        weekLoadAu\n        monotony\n        strain\n        acwr\n        lastSessionDate\n        daysSinceLastSession\n        compliance {\n          programId\n          completed\n          prescribed\n          ratio\n        }\n        flags {\n          code\n          message\n        }\n      }\n      weeklyLoad {\n        weekStart\n        load\n        monotony\n        strain\n        acwrEwma\n        acwrRolling\n      }\n      weeklyHardSets {\n        weekStart\n        muscles {\n          muscle\n          sets\n        }\n      }\n      sessions(first: 8) {\n        sessions {\n          id\n          date\n          title\n          durationMin\n          performances\n          sets\n        }\n      }\n      programs {\n        id\n        name\n        status\n        goal\n        daysPerWeek\n        startDate\n        athleteId\n        weeks {\n          index\n        }\n        createdAt\n      }\n    }\n  }\n": typeof types.AthleteDetailDocument,
    "\n  query E1rmSeries($id: ID!, $exerciseId: ID!) {\n    athlete(id: $id) {\n      id\n      e1rmSeries(exerciseId: $exerciseId) {\n        date\n        e1rmKg\n        lowKg\n        highKg\n        sessionE1rmKg\n        sessionId\n      }\n    }\n  }\n": typeof types.E1rmSeriesDocument,
    "\n  query Predictions($athleteId: ID!) {\n    predictions(athleteId: $athleteId) {\n      exerciseId\n      exercise {\n        id\n        name\n      }\n      nextWeightKg\n      nextReps\n      nextRestSec\n      source\n      rationale\n      reasons {\n        feature\n        contribution\n        unit\n        note\n      }\n      explanation {\n        status\n        note\n        role\n        performanceDate\n        model {\n          version\n          name\n          verdict\n        }\n        targets {\n          target\n          unit\n          lastValue\n          baseValue\n          prediction\n          otherContribution\n          efficiencyGap\n          reasons {\n            feature\n            label\n            value\n            valueUnit\n            contribution\n            direction\n          }\n        }\n      }\n    }\n  }\n": typeof types.PredictionsDocument,
    "\n  mutation CreateAthlete($input: CreateAthleteInput!) {\n    createAthlete(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateAthleteDocument,
    "\n  fragment SessionPayload on AuthPayload {\n    token\n    expiresAt\n    refreshToken\n    refreshExpiresAt\n    user {\n      id\n      name\n      email\n      role\n      athleteId\n      coachId\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SessionPayloadFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionPayload\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionPayload\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionPayload\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation AcceptInvite($code: String!, $email: String!, $password: String!, $name: String) {\n    acceptInvite(code: $code, email: $email, password: $password, name: $name) {\n      ...SessionPayload\n    }\n  }\n": typeof types.AcceptInviteDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...SessionPayload\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      athleteId\n      coachId\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment DatedProgramFields on Program {\n    id\n    name\n    status\n    goal\n    daysPerWeek\n    startDate\n    athleteId\n    weeks {\n      index\n      deload\n      days {\n        index\n        dayOfWeek\n        date\n        status\n        state\n        sessionId\n        label\n        prescriptions {\n          order\n          exerciseId\n          exerciseName\n          sets\n          reps\n          loadKg\n          loadPerHand\n          bodyweight\n          restSec\n          targetRpe\n          rationale\n          details\n          locked\n          source\n          exercise {\n            equipment\n          }\n          adjustment {\n            reason\n            date\n            by\n            previousSets\n            previousReps\n            previousLoadKg\n            previousTargetRpe\n          }\n        }\n      }\n    }\n  }\n": typeof types.DatedProgramFieldsFragmentDoc,
    "\n  query DatedProgram($id: ID!) {\n    program(id: $id) {\n      ...DatedProgramFields\n    }\n  }\n": typeof types.DatedProgramDocument,
    "\n  mutation MoveSession($programId: ID!, $week: Int!, $day: Int!, $date: String!) {\n    moveSession(programId: $programId, week: $week, day: $day, date: $date) {\n      ...DatedProgramFields\n    }\n  }\n": typeof types.MoveSessionDocument,
    "\n  mutation SkipSession($programId: ID!, $week: Int!, $day: Int!, $skipped: Boolean!) {\n    skipSession(programId: $programId, week: $week, day: $day, skipped: $skipped) {\n      ...DatedProgramFields\n    }\n  }\n": typeof types.SkipSessionDocument,
    "\n  query ExerciseSearch($text: String!, $limit: Int!) {\n    exercises(filter: { text: $text }, limit: $limit) {\n      id\n      name\n      equipment\n      mechanic\n      pattern\n      primaryMuscles\n    }\n  }\n": typeof types.ExerciseSearchDocument,
    "\n  query ExerciseNeighbours($id: ID!) {\n    exercise(id: $id) {\n      id\n      name\n      equipment\n      mechanic\n      pattern\n      targets {\n        muscle\n        role\n        share\n      }\n    }\n    exerciseNeighbours(id: $id, limit: 6) {\n      kind\n      direction\n      weight\n      basis\n      exercise {\n        id\n        name\n        equipment\n        mechanic\n        pattern\n      }\n    }\n  }\n": typeof types.ExerciseNeighboursDocument,
    "\n  query MuscleExercises {\n    muscleGroups {\n      id\n      name\n      region\n      exercises {\n        id\n        name\n        equipment\n        mechanic\n        pattern\n      }\n    }\n  }\n": typeof types.MuscleExercisesDocument,
    "\n  query TransferPath($from: ID!, $to: ID!) {\n    transferPath(from: $from, to: $to, maxHops: 3) {\n      weight\n      exerciseIds\n      exercises {\n        id\n        name\n        equipment\n      }\n    }\n  }\n": typeof types.TransferPathDocument,
    "\n  query ExportLog($athleteId: ID!, $format: String!) {\n    exportLog(athleteId: $athleteId, format: $format) {\n      filename\n      contentType\n      body\n    }\n  }\n": typeof types.ExportLogDocument,
    "\n  query ExportProgram($programId: ID!) {\n    exportProgram(programId: $programId, format: \"ics\") {\n      filename\n      contentType\n      body\n    }\n  }\n": typeof types.ExportProgramDocument,
    "\n  query PreviewWorkoutLog($athleteId: ID, $csv: String!, $unit: String) {\n    previewWorkoutLog(athleteId: $athleteId, csv: $csv, unit: $unit) {\n      format\n      unit\n      unitSource\n      unitConfidence\n      unitEvidence\n      unitNeedsConfirmation\n      repairedLines\n      warnings\n      sessions\n      sets\n      exercises\n      firstDate\n      lastDate\n      mappedSets\n      unmatched {\n        name\n        sets\n        suggestions {\n          exerciseId\n          name\n          score\n        }\n      }\n      matched {\n        name\n        sets\n        exerciseId\n        exerciseName\n        method\n      }\n    }\n  }\n": typeof types.PreviewWorkoutLogDocument,
    "\n  mutation ImportWorkoutLog($athleteId: ID, $newAthlete: NewAthleteInput, $unit: String, $csv: String!, $mappings: [NameMappingInput!]) {\n    importWorkoutLog(athleteId: $athleteId, newAthlete: $newAthlete, unit: $unit, csv: $csv, mappings: $mappings) {\n      importId\n      athleteId\n      format\n      unit\n      unitSource\n      unitConfidence\n      unitEvidence\n      repairedLines\n      sessions\n      performances\n      sets\n      firstDate\n      lastDate\n      unmapped\n      dumbbellRecording {\n        recording\n        reason\n        pairs\n      }\n    }\n  }\n": typeof types.ImportWorkoutLogDocument,
    "\n  query ModelVersions {\n    modelVersions(limit: 10) {\n      id kind createdAt artifact features beatsBaselines metrics { name value }\n      lossCurves { split points { epoch loss } }\n      globalShap { explainedNodes backgroundRows numSamples targets { target unit features { feature meanAbs } } }\n    }\n  }\n": typeof types.ModelVersionsDocument,
    "\n  query TrainingRuns {\n    trainingRuns { id status startedAt finishedAt exitCode logTail }\n  }\n": typeof types.TrainingRunsDocument,
    "\n  mutation TrainModel($model: String!, $epochs: Int!) {\n    trainModel(model: $model, epochs: $epochs) { id status startedAt }\n  }\n": typeof types.TrainModelDocument,
    "\n  query ViewerPreferences {\n    me {\n      id\n      unit\n      locale\n      timeZone\n      microplates\n    }\n  }\n": typeof types.ViewerPreferencesDocument,
    "\n  mutation UpdatePreferences($unit: String!, $locale: String!, $timeZone: String!, $microplates: Boolean!) {\n    updatePreferences(input: { unit: $unit, locale: $locale, timeZone: $timeZone, microplates: $microplates }) {\n      id\n      unit\n      locale\n      timeZone\n      microplates\n    }\n  }\n": typeof types.UpdatePreferencesDocument,
    "\n  query Program($id: ID!) {\n    program(id: $id) {\n      id\n      name\n      status\n      goal\n      daysPerWeek\n      startDate\n      createdAt\n      athleteId\n      athlete {\n        id\n        name\n      }\n      weeks {\n        index\n        deload\n        days {\n          index\n          dayOfWeek\n          date\n          status\n          state\n          sessionId\n          label\n          prescriptions {\n            order\n            exerciseId\n            exerciseName\n            sets\n            reps\n            loadKg\n            loadPerHand\n            bodyweight\n            restSec\n            targetRpe\n            rationale\n            details\n            locked\n            adjustment {\n              reason\n              date\n              by\n              previousSets\n              previousReps\n              previousLoadKg\n              previousTargetRpe\n            }\n            source\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProgramDocument,
    "\n  mutation GenerateProgram($input: GenerateProgramInput!) {\n    generateProgram(input: $input) {\n      id\n      athleteId\n    }\n  }\n": typeof types.GenerateProgramDocument,
    "\n  mutation UpdatePrescription($programId: ID!, $week: Int!, $day: Int!, $order: Int!, $patch: PrescriptionPatch!) {\n    updatePrescription(programId: $programId, week: $week, day: $day, order: $order, patch: $patch) {\n      id\n    }\n  }\n": typeof types.UpdatePrescriptionDocument,
    "\n  mutation AssignProgram($programId: ID!, $athleteId: ID!) {\n    assignProgram(programId: $programId, athleteId: $athleteId) {\n      id\n      status\n      athleteId\n    }\n  }\n": typeof types.AssignProgramDocument,
    "\n  mutation EditProgram($programId: ID!, $edit: ProgramEditInput!) {\n    editProgram(programId: $programId, edit: $edit) {\n      id\n    }\n  }\n": typeof types.EditProgramDocument,
    "\n  query SwapOptions($programId: ID!, $week: Int!, $day: Int!, $order: Int!) {\n    swapOptions(programId: $programId, week: $week, day: $day, order: $order) {\n      exerciseId\n      exercise {\n        id\n        name\n        equipment\n      }\n      reason\n      loadKg\n      loadPerHand\n      bodyweight\n      loadBasis\n      score\n    }\n  }\n": typeof types.SwapOptionsDocument,
    "\n  mutation CopyProgram($programId: ID!, $athleteId: ID, $startDate: String, $asTemplate: Boolean) {\n    copyProgram(programId: $programId, athleteId: $athleteId, startDate: $startDate, asTemplate: $asTemplate) {\n      id\n      status\n      athleteId\n    }\n  }\n": typeof types.CopyProgramDocument,
    "\n  mutation ArchiveProgram($programId: ID!) {\n    archiveProgram(programId: $programId) {\n      id\n      status\n    }\n  }\n": typeof types.ArchiveProgramDocument,
    "\n  mutation DeleteProgram($programId: ID!) {\n    deleteProgram(programId: $programId)\n  }\n": typeof types.DeleteProgramDocument,
    "\n  query ProgramTemplates {\n    programTemplates {\n      id\n      name\n      goal\n      daysPerWeek\n      createdAt\n      weeks {\n        index\n      }\n    }\n  }\n": typeof types.ProgramTemplatesDocument,
    "\n  mutation AssignTemplate($templateId: ID!, $athleteIds: [ID!]!, $startDate: String!) {\n    assignTemplate(templateId: $templateId, athleteIds: $athleteIds, startDate: $startDate) {\n      id\n      athleteId\n      status\n    }\n  }\n": typeof types.AssignTemplateDocument,
    "\n  query MuscleGroups {\n    muscleGroups {\n      id\n      name\n      region\n    }\n  }\n": typeof types.MuscleGroupsDocument,
    "\n  fragment PersonalRecordFields on PersonalRecord {\n    exerciseId\n    exerciseName\n    kind\n    date\n    sessionId\n    weightKg\n    reps\n    e1rmKg\n    previousBest\n  }\n": typeof types.PersonalRecordFieldsFragmentDoc,
    "\n  query AthleteTraining($id: ID!) {\n    athlete(id: $id) {\n      id\n      name\n      timeZone\n      unit\n      today\n      status {\n        compliance {\n          programId\n          completed\n          prescribed\n          ratio\n        }\n      }\n      programs {\n        id\n        name\n        status\n        goal\n        daysPerWeek\n        startDate\n        createdAt\n      }\n      personalRecords(limit: 10) {\n        ...PersonalRecordFields\n      }\n      sessions(first: 30) {\n        sessions {\n          id\n          date\n          title\n          sets\n          performances\n          startedAt\n          endedAt\n          durationMin\n          sessionRpe\n          programId\n          week\n          day\n          notes\n          exercises {\n            exerciseId\n            exerciseName\n            sets {\n              reps\n              weightKg\n              rir\n              rpe\n              restSec\n              done\n              warmup\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AthleteTrainingDocument,
    "\n  fragment LoggedWorkoutFields on LoggedWorkout {\n    sessionId\n    performances\n    sets\n    adjustments {\n      week\n      day\n      order\n      date\n      exerciseName\n      reason\n    }\n    records {\n      ...PersonalRecordFields\n    }\n  }\n": typeof types.LoggedWorkoutFieldsFragmentDoc,
    "\n  mutation LogDatedWorkout($input: LogWorkoutInput!) {\n    logWorkout(input: $input) {\n      ...LoggedWorkoutFields\n    }\n  }\n": typeof types.LogDatedWorkoutDocument,
    "\n  mutation UpdateWorkout($sessionId: ID!, $input: LogWorkoutInput!) {\n    updateWorkout(sessionId: $sessionId, input: $input) {\n      ...LoggedWorkoutFields\n    }\n  }\n": typeof types.UpdateWorkoutDocument,
    "\n  mutation DeleteWorkout($sessionId: ID!) {\n    deleteWorkout(sessionId: $sessionId)\n  }\n": typeof types.DeleteWorkoutDocument,
};
const documents: Documents = {
    "\n  fragment InviteFields on Invite {\n    id\n    athleteId\n    athleteName\n    email\n    createdAt\n    expiresAt\n    status\n  }\n": types.InviteFieldsFragmentDoc,
    "\n  query Invites($athleteId: ID!) {\n    invites(athleteId: $athleteId) {\n      ...InviteFields\n    }\n  }\n": types.InvitesDocument,
    "\n  mutation CreateInvite($athleteId: ID!, $email: String) {\n    createInvite(athleteId: $athleteId, email: $email) {\n      ...InviteFields\n      code\n      url\n    }\n  }\n": types.CreateInviteDocument,
    "\n  mutation RevokeInvite($id: ID!) {\n    revokeInvite(id: $id) {\n      ...InviteFields\n    }\n  }\n": types.RevokeInviteDocument,
    "\n  query InvitePreview($code: String!) {\n    invitePreview(code: $code) {\n      athleteName\n      coachName\n      organisationName\n      expiresAt\n    }\n  }\n": types.InvitePreviewDocument,
    "\n  mutation RemoveAthlete($athleteId: ID!) {\n    removeAthlete(athleteId: $athleteId)\n  }\n": types.RemoveAthleteDocument,
    "\n  fragment PasswordResetLinkFields on PasswordResetLink {\n    url\n    code\n    expiresAt\n    userEmail\n  }\n": types.PasswordResetLinkFieldsFragmentDoc,
    "\n  mutation IssuePasswordReset($userId: ID, $athleteId: ID) {\n    issuePasswordReset(userId: $userId, athleteId: $athleteId) {\n      ...PasswordResetLinkFields\n    }\n  }\n": types.IssuePasswordResetDocument,
    "\n  mutation ResetPassword($code: String!, $newPassword: String!) {\n    resetPassword(code: $code, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.DeleteMyAccountDocument,
    "\n  query AdminOrganisations {\n    organisations {\n      id\n      name\n      createdAt\n      athleteCount\n      coaches {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.AdminOrganisationsDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    name\n    email\n    role\n    disabled\n    organisation {\n      id\n      name\n    }\n  }\n": types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsers($organisationId: ID) {\n    users(organisationId: $organisationId) {\n      ...AdminUserFields\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation CreateCoach($input: CreateCoachInput!) {\n    createCoach(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.CreateCoachDocument,
    "\n  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {\n    setUserDisabled(userId: $userId, disabled: $disabled) {\n      ...AdminUserFields\n    }\n  }\n": types.SetUserDisabledDocument,
    "\n  query Roster {\n    athletes {\n      id\n      name\n      today\n      status {\n        asOf\n        weekLoadAu\n        monotony\n        strain\n        acwr\n        lastSessionDate\n        daysSinceLastSession\n        compliance {\n          programId\n          completed\n          prescribed\n          ratio\n        }\n        flags {\n          code\n          message\n        }\n      }\n    }\n  }\n": types.RosterDocument,
    "\n  query AthleteDetail($id: ID!) {\n    athlete(id: $id) {\n      id\n      name\n      sex\n      bodyweightKg\n      timeZone\n      today\n      status {\n        asOf\n        weekLoadAu\n        monotony\n        strain\n        acwr\n        lastSessionDate\n        daysSinceLastSession\n        compliance {\n          programId\n          completed\n          prescribed\n          ratio\n        }\n        flags {\n          code\n          message\n        }\n      }\n      weeklyLoad {\n        weekStart\n        load\n        monotony\n        strain\n        acwrEwma\n        acwrRolling\n      }\n      weeklyHardSets {\n        weekStart\n        muscles {\n          muscle\n          sets\n        }\n      }\n      sessions(first: 8) {\n        sessions {\n          id\n          date\n          title\n          durationMin\n          performances\n          sets\n        }\n      }\n      programs {\n        id\n        name\n        status\n        goal\n        daysPerWeek\n        startDate\n        athleteId\n        weeks {\n          index\n        }\n        createdAt\n      }\n    }\n  }\n": types.AthleteDetailDocument,
    "\n  query E1rmSeries($id: ID!, $exerciseId: ID!) {\n    athlete(id: $id) {\n      id\n      e1rmSeries(exerciseId: $exerciseId) {\n        date\n        e1rmKg\n        lowKg\n        highKg\n        sessionE1rmKg\n        sessionId\n      }\n    }\n  }\n": types.E1rmSeriesDocument,
    "\n  query Predictions($athleteId: ID!) {\n    predictions(athleteId: $athleteId) {\n      exerciseId\n      exercise {\n        id\n        name\n      }\n      nextWeightKg\n      nextReps\n      nextRestSec\n      source\n      rationale\n      reasons {\n        feature\n        contribution\n        unit\n        note\n      }\n      explanation {\n        status\n        note\n        role\n        performanceDate\n        model {\n          version\n          name\n          verdict\n        }\n        targets {\n          target\n          unit\n          lastValue\n          baseValue\n          prediction\n          otherContribution\n          efficiencyGap\n          reasons {\n            feature\n            label\n            value\n            valueUnit\n            contribution\n            direction\n          }\n        }\n      }\n    }\n  }\n": types.PredictionsDocument,
    "\n  mutation CreateAthlete($input: CreateAthleteInput!) {\n    createAthlete(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateAthleteDocument,
    "\n  fragment SessionPayload on AuthPayload {\n    token\n    expiresAt\n    refreshToken\n    refreshExpiresAt\n    user {\n      id\n      name\n      email\n      role\n      athleteId\n      coachId\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.SessionPayloadFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionPayload\n    }\n  }\n": types.LoginDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionPayload\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionPayload\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation AcceptInvite($code: String!, $email: String!, $password: String!, $name: String) {\n    acceptInvite(code: $code, email: $email, password: $password, name: $name) {\n      ...SessionPayload\n    }\n  }\n": types.AcceptInviteDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...SessionPayload\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      athleteId\n      coachId\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  fragment DatedProgramFields on Program {\n    id\n    name\n    status\n    goal\n    daysPerWeek\n    startDate\n    athleteId\n    weeks {\n      index\n      deload\n      days {\n        index\n        dayOfWeek\n        date\n        status\n        state\n        sessionId\n        label\n        prescriptions {\n          order\n          exerciseId\n          exerciseName\n          sets\n          reps\n          loadKg\n          loadPerHand\n          bodyweight\n          restSec\n          targetRpe\n          rationale\n          details\n          locked\n          source\n          exercise {\n            equipment\n          }\n          adjustment {\n            reason\n            date\n            by\n            previousSets\n            previousReps\n            previousLoadKg\n            previousTargetRpe\n          }\n        }\n      }\n    }\n  }\n": types.DatedProgramFieldsFragmentDoc,
    "\n  query DatedProgram($id: ID!) {\n    program(id: $id) {\n      ...DatedProgramFields\n    }\n  }\n": types.DatedProgramDocument,
    "\n  mutation MoveSession($programId: ID!, $week: Int!, $day: Int!, $date: String!) {\n    moveSession(programId: $programId, week: $week, day: $day, date: $date) {\n      ...DatedProgramFields\n    }\n  }\n": types.MoveSessionDocument,
    "\n  mutation SkipSession($programId: ID!, $week: Int!, $day: Int!, $skipped: Boolean!) {\n    skipSession(programId: $programId, week: $week, day: $day, skipped: $skipped) {\n      ...DatedProgramFields\n    }\n  }\n": types.SkipSessionDocument,
    "\n  query ExerciseSearch($text: String!, $limit: Int!) {\n    exercises(filter: { text: $text }, limit: $limit) {\n      id\n      name\n      equipment\n      mechanic\n      pattern\n      primaryMuscles\n    }\n  }\n": types.ExerciseSearchDocument,
    "\n  query ExerciseNeighbours($id: ID!) {\n    exercise(id: $id) {\n      id\n      name\n      equipment\n      mechanic\n      pattern\n      targets {\n        muscle\n        role\n        share\n      }\n    }\n    exerciseNeighbours(id: $id, limit: 6) {\n      kind\n      direction\n      weight\n      basis\n      exercise {\n        id\n        name\n        equipment\n        mechanic\n        pattern\n      }\n    }\n  }\n": types.ExerciseNeighboursDocument,
    "\n  query MuscleExercises {\n    muscleGroups {\n      id\n      name\n      region\n      exercises {\n        id\n        name\n        equipment\n        mechanic\n        pattern\n      }\n    }\n  }\n": types.MuscleExercisesDocument,
    "\n  query TransferPath($from: ID!, $to: ID!) {\n    transferPath(from: $from, to: $to, maxHops: 3) {\n      weight\n      exerciseIds\n      exercises {\n        id\n        name\n        equipment\n      }\n    }\n  }\n": types.TransferPathDocument,
    "\n  query ExportLog($athleteId: ID!, $format: String!) {\n    exportLog(athleteId: $athleteId, format: $format) {\n      filename\n      contentType\n      body\n    }\n  }\n": types.ExportLogDocument,
    "\n  query ExportProgram($programId: ID!) {\n    exportProgram(programId: $programId, format: \"ics\") {\n      filename\n      contentType\n      body\n    }\n  }\n": types.ExportProgramDocument,
    "\n  query PreviewWorkoutLog($athleteId: ID, $csv: String!, $unit: String) {\n    previewWorkoutLog(athleteId: $athleteId, csv: $csv, unit: $unit) {\n      format\n      unit\n      unitSource\n      unitConfidence\n      unitEvidence\n      unitNeedsConfirmation\n      repairedLines\n      warnings\n      sessions\n      sets\n      exercises\n      firstDate\n      lastDate\n      mappedSets\n      unmatched {\n        name\n        sets\n        suggestions {\n          exerciseId\n          name\n          score\n        }\n      }\n      matched {\n        name\n        sets\n        exerciseId\n        exerciseName\n        method\n      }\n    }\n  }\n": types.PreviewWorkoutLogDocument,
    "\n  mutation ImportWorkoutLog($athleteId: ID, $newAthlete: NewAthleteInput, $unit: String, $csv: String!, $mappings: [NameMappingInput!]) {\n    importWorkoutLog(athleteId: $athleteId, newAthlete: $newAthlete, unit: $unit, csv: $csv, mappings: $mappings) {\n      importId\n      athleteId\n      format\n      unit\n      unitSource\n      unitConfidence\n      unitEvidence\n      repairedLines\n      sessions\n      performances\n      sets\n      firstDate\n      lastDate\n      unmapped\n      dumbbellRecording {\n        recording\n        reason\n        pairs\n      }\n    }\n  }\n": types.ImportWorkoutLogDocument,
    "\n  query ModelVersions {\n    modelVersions(limit: 10) {\n      id kind createdAt artifact features beatsBaselines metrics { name value }\n      lossCurves { split points { epoch loss } }\n      globalShap { explainedNodes backgroundRows numSamples targets { target unit features { feature meanAbs } } }\n    }\n  }\n": types.ModelVersionsDocument,
    "\n  query TrainingRuns {\n    trainingRuns { id status startedAt finishedAt exitCode logTail }\n  }\n": types.TrainingRunsDocument,
    "\n  mutation TrainModel($model: String!, $epochs: Int!) {\n    trainModel(model: $model, epochs: $epochs) { id status startedAt }\n  }\n": types.TrainModelDocument,
    "\n  query ViewerPreferences {\n    me {\n      id\n      unit\n      locale\n      timeZone\n      microplates\n    }\n  }\n": types.ViewerPreferencesDocument,
    "\n  mutation UpdatePreferences($unit: String!, $locale: String!, $timeZone: String!, $microplates: Boolean!) {\n    updatePreferences(input: { unit: $unit, locale: $locale, timeZone: $timeZone, microplates: $microplates }) {\n      id\n      unit\n      locale\n      timeZone\n      microplates\n    }\n  }\n": types.UpdatePreferencesDocument,
    "\n  query Program($id: ID!) {\n    program(id: $id) {\n      id\n      name\n      status\n      goal\n      daysPerWeek\n      startDate\n      createdAt\n      athleteId\n      athlete {\n        id\n        name\n      }\n      weeks {\n        index\n        deload\n        days {\n          index\n          dayOfWeek\n          date\n          status\n          state\n          sessionId\n          label\n          prescriptions {\n            order\n            exerciseId\n            exerciseName\n            sets\n            reps\n            loadKg\n            loadPerHand\n            bodyweight\n            restSec\n            targetRpe\n            rationale\n            details\n            locked\n            adjustment {\n              reason\n              date\n              by\n              previousSets\n              previousReps\n              previousLoadKg\n              previousTargetRpe\n            }\n            source\n          }\n        }\n      }\n    }\n  }\n": types.ProgramDocument,
    "\n  mutation GenerateProgram($input: GenerateProgramInput!) {\n    generateProgram(input: $input) {\n      id\n      athleteId\n    }\n  }\n": types.GenerateProgramDocument,
    "\n  mutation UpdatePrescription($programId: ID!, $week: Int!, $day: Int!, $order: Int!, $patch: PrescriptionPatch!) {\n    updatePrescription(programId: $programId, week: $week, day: $day, order: $order, patch: $patch) {\n      id\n    }\n  }\n": types.UpdatePrescriptionDocument,
    "\n  mutation AssignProgram($programId: ID!, $athleteId: ID!) {\n    assignProgram(programId: $programId, athleteId: $athleteId) {\n      id\n      status\n      athleteId\n    }\n  }\n": types.AssignProgramDocument,
    "\n  mutation EditProgram($programId: ID!, $edit: ProgramEditInput!) {\n    editProgram(programId: $programId, edit: $edit) {\n      id\n    }\n  }\n": types.EditProgramDocument,
    "\n  query SwapOptions($programId: ID!, $week: Int!, $day: Int!, $order: Int!) {\n    swapOptions(programId: $programId, week: $week, day: $day, order: $order) {\n      exerciseId\n      exercise {\n        id\n        name\n        equipment\n      }\n      reason\n      loadKg\n      loadPerHand\n      bodyweight\n      loadBasis\n      score\n    }\n  }\n": types.SwapOptionsDocument,
    "\n  mutation CopyProgram($programId: ID!, $athleteId: ID, $startDate: String, $asTemplate: Boolean) {\n    copyProgram(programId: $programId, athleteId: $athleteId, startDate: $startDate, asTemplate: $asTemplate) {\n      id\n      status\n      athleteId\n    }\n  }\n": types.CopyProgramDocument,
    "\n  mutation ArchiveProgram($programId: ID!) {\n    archiveProgram(programId: $programId) {\n      id\n      status\n    }\n  }\n": types.ArchiveProgramDocument,
    "\n  mutation DeleteProgram($programId: ID!) {\n    deleteProgram(programId: $programId)\n  }\n": types.DeleteProgramDocument,
    "\n  query ProgramTemplates {\n    programTemplates {\n      id\n      name\n      goal\n      daysPerWeek\n      createdAt\n      weeks {\n        index\n      }\n    }\n  }\n": types.ProgramTemplatesDocument,
    "\n  mutation AssignTemplate($templateId: ID!, $athleteIds: [ID!]!, $startDate: String!) {\n    assignTemplate(templateId: $templateId, athleteIds: $athleteIds, startDate: $startDate) {\n      id\n      athleteId\n      status\n    }\n  }\n": types.AssignTemplateDocument,
    "\n  query MuscleGroups {\n    muscleGroups {\n      id\n      name\n      region\n    }\n  }\n": types.MuscleGroupsDocument,
    "\n  fragment PersonalRecordFields on PersonalRecord {\n    exerciseId\n    exerciseName\n    kind\n    date\n    sessionId\n    weightKg\n    reps\n    e1rmKg\n    previousBest\n  }\n": types.PersonalRecordFieldsFragmentDoc,
    "\n  query AthleteTraining($id: ID!) {\n    athlete(id: $id) {\n      id\n      name\n      timeZone\n      unit\n      today\n      status {\n        compliance {\n          programId\n          completed\n          prescribed\n          ratio\n        }\n      }\n      programs {\n        id\n        name\n        status\n        goal\n        daysPerWeek\n        startDate\n        createdAt\n      }\n      personalRecords(limit: 10) {\n        ...PersonalRecordFields\n      }\n      sessions(first: 30) {\n        sessions {\n          id\n          date\n          title\n          sets\n          performances\n          startedAt\n          endedAt\n          durationMin\n          sessionRpe\n          programId\n          week\n          day\n          notes\n          exercises {\n            exerciseId\n            exerciseName\n            sets {\n              reps\n              weightKg\n              rir\n              rpe\n              restSec\n              done\n              warmup\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AthleteTrainingDocument,
    "\n  fragment LoggedWorkoutFields on LoggedWorkout {\n    sessionId\n    performances\n    sets\n    adjustments {\n      week\n      day\n      order\n      date\n      exerciseName\n      reason\n    }\n    records {\n      ...PersonalRecordFields\n    }\n  }\n": types.LoggedWorkoutFieldsFragmentDoc,
    "\n  mutation LogDatedWorkout($input: LogWorkoutInput!) {\n    logWorkout(input: $input) {\n      ...LoggedWorkoutFields\n    }\n  }\n": types.LogDatedWorkoutDocument,
    "\n  mutation UpdateWorkout($sessionId: ID!, $input: LogWorkoutInput!) {\n    updateWorkout(sessionId: $sessionId, input: $input) {\n      ...LoggedWorkoutFields\n    }\n  }\n": types.UpdateWorkoutDocument,
    "\n  mutation DeleteWorkout($sessionId: ID!) {\n    deleteWorkout(sessionId: $sessionId)\n  }\n": types.DeleteWorkoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InviteFields on Invite {\n    id\n    athleteId\n    athleteName\n    email\n    createdAt\n    expiresAt\n    status\n  }\n"): typeof import('./graphql').InviteFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invites($athleteId: ID!) {\n    invites(athleteId: $athleteId) {\n      ...InviteFields\n    }\n  }\n"): typeof import('./graphql').InvitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvite($athleteId: ID!, $email: String) {\n    createInvite(athleteId: $athleteId, email: $email) {\n      ...InviteFields\n      code\n      url\n    }\n  }\n"): typeof import('./graphql').CreateInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvite($id: ID!) {\n    revokeInvite(id: $id) {\n      ...InviteFields\n    }\n  }\n"): typeof import('./graphql').RevokeInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitePreview($code: String!) {\n    invitePreview(code: $code) {\n      athleteName\n      coachName\n      organisationName\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').InvitePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAthlete($athleteId: ID!) {\n    removeAthlete(athleteId: $athleteId)\n  }\n"): typeof import('./graphql').RemoveAthleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PasswordResetLinkFields on PasswordResetLink {\n    url\n    code\n    expiresAt\n    userEmail\n  }\n"): typeof import('./graphql').PasswordResetLinkFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuePasswordReset($userId: ID, $athleteId: ID) {\n    issuePasswordReset(userId: $userId, athleteId: $athleteId) {\n      ...PasswordResetLinkFields\n    }\n  }\n"): typeof import('./graphql').IssuePasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($code: String!, $newPassword: String!) {\n    resetPassword(code: $code, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): typeof import('./graphql').DeleteMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisations {\n    organisations {\n      id\n      name\n      createdAt\n      athleteCount\n      coaches {\n        id\n        name\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').AdminOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUserFields on User {\n    id\n    name\n    email\n    role\n    disabled\n    organisation {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminUserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($organisationId: ID) {\n    users(organisationId: $organisationId) {\n      ...AdminUserFields\n    }\n  }\n"): typeof import('./graphql').AdminUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCoach($input: CreateCoachInput!) {\n    createCoach(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): typeof import('./graphql').CreateCoachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {\n    setUserDisabled(userId: $userId, disabled: $disabled) {\n      ...AdminUserFields\n    }\n  }\n"): typeof import('./graphql').SetUserDisabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roster {\n    athletes {\n      id\n      name\n      today\n      status {\n        asOf\n        weekLoadAu\n        monotony\n        strain\n        acwr\n        lastSessionDate\n        daysSinceLastSession\n        compliance {\n          programId\n          completed\n          prescribed\n          ratio\n        }\n        flags {\n          code\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AthleteDetail($id: ID!) {\n    athlete(id: $id) {\n      id\n      name\n      sex\n      bodyweightKg\n      timeZone\n      today\n      status {\n        asOf\n        weekLoadAu\n        monotony\n        strain\n        acwr\n        lastSessionDate\n        daysSinceLastSession\n        compliance {\n          programId\n          completed\n          prescribed\n          ratio\n        }\n        flags {\n          code\n          message\n        }\n      }\n      weeklyLoad {\n        weekStart\n        load\n        monotony\n        strain\n        acwrEwma\n        acwrRolling\n      }\n      weeklyHardSets {\n        weekStart\n        muscles {\n          muscle\n          sets\n        }\n      }\n      sessions(first: 8) {\n        sessions {\n          id\n          date\n          title\n          durationMin\n          performances\n          sets\n        }\n      }\n      programs {\n        id\n        name\n        status\n        goal\n        daysPerWeek\n        startDate\n        athleteId\n        weeks {\n          index\n        }\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').AthleteDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E1rmSeries($id: ID!, $exerciseId: ID!) {\n    athlete(id: $id) {\n      id\n      e1rmSeries(exerciseId: $exerciseId) {\n        date\n        e1rmKg\n        lowKg\n        highKg\n        sessionE1rmKg\n        sessionId\n      }\n    }\n  }\n"): typeof import('./graphql').E1rmSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Predictions($athleteId: ID!) {\n    predictions(athleteId: $athleteId) {\n      exerciseId\n      exercise {\n        id\n        name\n      }\n      nextWeightKg\n      nextReps\n      nextRestSec\n      source\n      rationale\n      reasons {\n        feature\n        contribution\n        unit\n        note\n      }\n      explanation {\n        status\n        note\n        role\n        performanceDate\n        model {\n          version\n          name\n          verdict\n        }\n        targets {\n          target\n          unit\n          lastValue\n          baseValue\n          prediction\n          otherContribution\n          efficiencyGap\n          reasons {\n            feature\n            label\n            value\n            valueUnit\n            contribution\n            direction\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PredictionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAthlete($input: CreateAthleteInput!) {\n    createAthlete(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateAthleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionPayload on AuthPayload {\n    token\n    expiresAt\n    refreshToken\n    refreshExpiresAt\n    user {\n      id\n      name\n      email\n      role\n      athleteId\n      coachId\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SessionPayloadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionPayload\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionPayload\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionPayload\n    }\n  }\n"): typeof import('./graphql').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvite($code: String!, $email: String!, $password: String!, $name: String) {\n    acceptInvite(code: $code, email: $email, password: $password, name: $name) {\n      ...SessionPayload\n    }\n  }\n"): typeof import('./graphql').AcceptInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...SessionPayload\n    }\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): typeof import('./graphql').SignOutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      athleteId\n      coachId\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DatedProgramFields on Program {\n    id\n    name\n    status\n    goal\n    daysPerWeek\n    startDate\n    athleteId\n    weeks {\n      index\n      deload\n      days {\n        index\n        dayOfWeek\n        date\n        status\n        state\n        sessionId\n        label\n        prescriptions {\n          order\n          exerciseId\n          exerciseName\n          sets\n          reps\n          loadKg\n          loadPerHand\n          bodyweight\n          restSec\n          targetRpe\n          rationale\n          details\n          locked\n          source\n          exercise {\n            equipment\n          }\n          adjustment {\n            reason\n            date\n            by\n            previousSets\n            previousReps\n            previousLoadKg\n            previousTargetRpe\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DatedProgramFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatedProgram($id: ID!) {\n    program(id: $id) {\n      ...DatedProgramFields\n    }\n  }\n"): typeof import('./graphql').DatedProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveSession($programId: ID!, $week: Int!, $day: Int!, $date: String!) {\n    moveSession(programId: $programId, week: $week, day: $day, date: $date) {\n      ...DatedProgramFields\n    }\n  }\n"): typeof import('./graphql').MoveSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SkipSession($programId: ID!, $week: Int!, $day: Int!, $skipped: Boolean!) {\n    skipSession(programId: $programId, week: $week, day: $day, skipped: $skipped) {\n      ...DatedProgramFields\n    }\n  }\n"): typeof import('./graphql').SkipSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExerciseSearch($text: String!, $limit: Int!) {\n    exercises(filter: { text: $text }, limit: $limit) {\n      id\n      name\n      equipment\n      mechanic\n      pattern\n      primaryMuscles\n    }\n  }\n"): typeof import('./graphql').ExerciseSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExerciseNeighbours($id: ID!) {\n    exercise(id: $id) {\n      id\n      name\n      equipment\n      mechanic\n      pattern\n      targets {\n        muscle\n        role\n        share\n      }\n    }\n    exerciseNeighbours(id: $id, limit: 6) {\n      kind\n      direction\n      weight\n      basis\n      exercise {\n        id\n        name\n        equipment\n        mechanic\n        pattern\n      }\n    }\n  }\n"): typeof import('./graphql').ExerciseNeighboursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MuscleExercises {\n    muscleGroups {\n      id\n      name\n      region\n      exercises {\n        id\n        name\n        equipment\n        mechanic\n        pattern\n      }\n    }\n  }\n"): typeof import('./graphql').MuscleExercisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransferPath($from: ID!, $to: ID!) {\n    transferPath(from: $from, to: $to, maxHops: 3) {\n      weight\n      exerciseIds\n      exercises {\n        id\n        name\n        equipment\n      }\n    }\n  }\n"): typeof import('./graphql').TransferPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportLog($athleteId: ID!, $format: String!) {\n    exportLog(athleteId: $athleteId, format: $format) {\n      filename\n      contentType\n      body\n    }\n  }\n"): typeof import('./graphql').ExportLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportProgram($programId: ID!) {\n    exportProgram(programId: $programId, format: \"ics\") {\n      filename\n      contentType\n      body\n    }\n  }\n"): typeof import('./graphql').ExportProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewWorkoutLog($athleteId: ID, $csv: String!, $unit: String) {\n    previewWorkoutLog(athleteId: $athleteId, csv: $csv, unit: $unit) {\n      format\n      unit\n      unitSource\n      unitConfidence\n      unitEvidence\n      unitNeedsConfirmation\n      repairedLines\n      warnings\n      sessions\n      sets\n      exercises\n      firstDate\n      lastDate\n      mappedSets\n      unmatched {\n        name\n        sets\n        suggestions {\n          exerciseId\n          name\n          score\n        }\n      }\n      matched {\n        name\n        sets\n        exerciseId\n        exerciseName\n        method\n      }\n    }\n  }\n"): typeof import('./graphql').PreviewWorkoutLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportWorkoutLog($athleteId: ID, $newAthlete: NewAthleteInput, $unit: String, $csv: String!, $mappings: [NameMappingInput!]) {\n    importWorkoutLog(athleteId: $athleteId, newAthlete: $newAthlete, unit: $unit, csv: $csv, mappings: $mappings) {\n      importId\n      athleteId\n      format\n      unit\n      unitSource\n      unitConfidence\n      unitEvidence\n      repairedLines\n      sessions\n      performances\n      sets\n      firstDate\n      lastDate\n      unmapped\n      dumbbellRecording {\n        recording\n        reason\n        pairs\n      }\n    }\n  }\n"): typeof import('./graphql').ImportWorkoutLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelVersions {\n    modelVersions(limit: 10) {\n      id kind createdAt artifact features beatsBaselines metrics { name value }\n      lossCurves { split points { epoch loss } }\n      globalShap { explainedNodes backgroundRows numSamples targets { target unit features { feature meanAbs } } }\n    }\n  }\n"): typeof import('./graphql').ModelVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingRuns {\n    trainingRuns { id status startedAt finishedAt exitCode logTail }\n  }\n"): typeof import('./graphql').TrainingRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrainModel($model: String!, $epochs: Int!) {\n    trainModel(model: $model, epochs: $epochs) { id status startedAt }\n  }\n"): typeof import('./graphql').TrainModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerPreferences {\n    me {\n      id\n      unit\n      locale\n      timeZone\n      microplates\n    }\n  }\n"): typeof import('./graphql').ViewerPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePreferences($unit: String!, $locale: String!, $timeZone: String!, $microplates: Boolean!) {\n    updatePreferences(input: { unit: $unit, locale: $locale, timeZone: $timeZone, microplates: $microplates }) {\n      id\n      unit\n      locale\n      timeZone\n      microplates\n    }\n  }\n"): typeof import('./graphql').UpdatePreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Program($id: ID!) {\n    program(id: $id) {\n      id\n      name\n      status\n      goal\n      daysPerWeek\n      startDate\n      createdAt\n      athleteId\n      athlete {\n        id\n        name\n      }\n      weeks {\n        index\n        deload\n        days {\n          index\n          dayOfWeek\n          date\n          status\n          state\n          sessionId\n          label\n          prescriptions {\n            order\n            exerciseId\n            exerciseName\n            sets\n            reps\n            loadKg\n            loadPerHand\n            bodyweight\n            restSec\n            targetRpe\n            rationale\n            details\n            locked\n            adjustment {\n              reason\n              date\n              by\n              previousSets\n              previousReps\n              previousLoadKg\n              previousTargetRpe\n            }\n            source\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateProgram($input: GenerateProgramInput!) {\n    generateProgram(input: $input) {\n      id\n      athleteId\n    }\n  }\n"): typeof import('./graphql').GenerateProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePrescription($programId: ID!, $week: Int!, $day: Int!, $order: Int!, $patch: PrescriptionPatch!) {\n    updatePrescription(programId: $programId, week: $week, day: $day, order: $order, patch: $patch) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdatePrescriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignProgram($programId: ID!, $athleteId: ID!) {\n    assignProgram(programId: $programId, athleteId: $athleteId) {\n      id\n      status\n      athleteId\n    }\n  }\n"): typeof import('./graphql').AssignProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditProgram($programId: ID!, $edit: ProgramEditInput!) {\n    editProgram(programId: $programId, edit: $edit) {\n      id\n    }\n  }\n"): typeof import('./graphql').EditProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SwapOptions($programId: ID!, $week: Int!, $day: Int!, $order: Int!) {\n    swapOptions(programId: $programId, week: $week, day: $day, order: $order) {\n      exerciseId\n      exercise {\n        id\n        name\n        equipment\n      }\n      reason\n      loadKg\n      loadPerHand\n      bodyweight\n      loadBasis\n      score\n    }\n  }\n"): typeof import('./graphql').SwapOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyProgram($programId: ID!, $athleteId: ID, $startDate: String, $asTemplate: Boolean) {\n    copyProgram(programId: $programId, athleteId: $athleteId, startDate: $startDate, asTemplate: $asTemplate) {\n      id\n      status\n      athleteId\n    }\n  }\n"): typeof import('./graphql').CopyProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveProgram($programId: ID!) {\n    archiveProgram(programId: $programId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ArchiveProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProgram($programId: ID!) {\n    deleteProgram(programId: $programId)\n  }\n"): typeof import('./graphql').DeleteProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramTemplates {\n    programTemplates {\n      id\n      name\n      goal\n      daysPerWeek\n      createdAt\n      weeks {\n        index\n      }\n    }\n  }\n"): typeof import('./graphql').ProgramTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTemplate($templateId: ID!, $athleteIds: [ID!]!, $startDate: String!) {\n    assignTemplate(templateId: $templateId, athleteIds: $athleteIds, startDate: $startDate) {\n      id\n      athleteId\n      status\n    }\n  }\n"): typeof import('./graphql').AssignTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MuscleGroups {\n    muscleGroups {\n      id\n      name\n      region\n    }\n  }\n"): typeof import('./graphql').MuscleGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonalRecordFields on PersonalRecord {\n    exerciseId\n    exerciseName\n    kind\n    date\n    sessionId\n    weightKg\n    reps\n    e1rmKg\n    previousBest\n  }\n"): typeof import('./graphql').PersonalRecordFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AthleteTraining($id: ID!) {\n    athlete(id: $id) {\n      id\n      name\n      timeZone\n      unit\n      today\n      status {\n        compliance {\n          programId\n          completed\n          prescribed\n          ratio\n        }\n      }\n      programs {\n        id\n        name\n        status\n        goal\n        daysPerWeek\n        startDate\n        createdAt\n      }\n      personalRecords(limit: 10) {\n        ...PersonalRecordFields\n      }\n      sessions(first: 30) {\n        sessions {\n          id\n          date\n          title\n          sets\n          performances\n          startedAt\n          endedAt\n          durationMin\n          sessionRpe\n          programId\n          week\n          day\n          notes\n          exercises {\n            exerciseId\n            exerciseName\n            sets {\n              reps\n              weightKg\n              rir\n              rpe\n              restSec\n              done\n              warmup\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AthleteTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoggedWorkoutFields on LoggedWorkout {\n    sessionId\n    performances\n    sets\n    adjustments {\n      week\n      day\n      order\n      date\n      exerciseName\n      reason\n    }\n    records {\n      ...PersonalRecordFields\n    }\n  }\n"): typeof import('./graphql').LoggedWorkoutFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogDatedWorkout($input: LogWorkoutInput!) {\n    logWorkout(input: $input) {\n      ...LoggedWorkoutFields\n    }\n  }\n"): typeof import('./graphql').LogDatedWorkoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkout($sessionId: ID!, $input: LogWorkoutInput!) {\n    updateWorkout(sessionId: $sessionId, input: $input) {\n      ...LoggedWorkoutFields\n    }\n  }\n"): typeof import('./graphql').UpdateWorkoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWorkout($sessionId: ID!) {\n    deleteWorkout(sessionId: $sessionId)\n  }\n"): typeof import('./graphql').DeleteWorkoutDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
