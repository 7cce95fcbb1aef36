/**
 * Graph revisions and rollouts, as pure rules shared by the controller and the console
 * (docs/revisions.md): the rollout settings a ResourceGroup's annotations choose, which revision an
 * instance runs, and how a staged rollout divides the instances into steps.
 */
package run.kro.backend.rollout;
