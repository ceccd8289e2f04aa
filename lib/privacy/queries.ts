// What the team page reads about an employee's erasure, for live queries: reads only.
export { type ErasurePlan, planErasure as erasurePlanOf } from './erase';
