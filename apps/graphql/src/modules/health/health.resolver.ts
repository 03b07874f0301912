import { Query, Resolver } from 'type-graphql';
import { HealthType } from './health.type.js';

@Resolver(() => HealthType)
export class HealthResolver {
  @Query(() => HealthType, { description: 'Liveness of the API itself.' })
  health(): HealthType {
    return { status: 'ok', version: '0.1.0' };
  }
}
