-- Useful queries over every table of the bedrock schema. Run one with:
--   java -jar target/bedrock-jdbc-*-all.jar --demo -e "<query>"
-- Every query here runs on the demo's data and returns rows (ExampleKitsTest runs this file). Put
-- EXPLAIN PLAN FOR in front of any of them to see the API requests it sends.

-- ---------------------------------------------------------------------------------------------------------------
-- custom_models: one ListCustomModels call per 1,000 models.

-- The ten newest models (one call: sortBy=CreationTime, maxResults=10).
SELECT model_name, model_status, creation_time FROM custom_models ORDER BY creation_time DESC LIMIT 10;

-- Models whose name mentions "support" (case-sensitive, as SQL LIKE is), newest first.
SELECT model_name, creation_time FROM custom_models WHERE model_name LIKE '%support%' ORDER BY creation_time DESC;

-- Case-insensitive name search.
SELECT model_name FROM custom_models WHERE model_name ILIKE '%support%';

-- Models created in 2025.
SELECT model_name, creation_time FROM custom_models
WHERE creation_time >= TIMESTAMP '2025-01-01 00:00:00' AND creation_time < TIMESTAMP '2026-01-01 00:00:00';

-- How many models each account owns, and how many are shared with you.
SELECT owner_account_id, is_owned, COUNT(*) AS models FROM custom_models GROUP BY owner_account_id, is_owned;

-- Failed customizations you own.
SELECT model_name, creation_time FROM custom_models WHERE model_status = 'Failed' AND is_owned;

-- Models per foundation model and customization type.
SELECT foundation_model_arn, customization_type, COUNT(*) FROM custom_models
GROUP BY foundation_model_arn, customization_type ORDER BY 3 DESC;

-- Models built on another custom model, with the name of that base model.
SELECT m.model_name, b.model_name AS base_name FROM custom_models m
JOIN custom_models b ON m.base_model_arn = b.model_arn;

-- Customization types this SDK does not know yet show up as sent.
SELECT DISTINCT customization_type FROM custom_models;

-- ---------------------------------------------------------------------------------------------------------------
-- custom_model_details: one GetCustomModel per row. Choose the rows with a key or a join on model_arn.

-- Each training run's loss and hyperparameters, best first: the completed jobs of 2026 (one listing), then one
-- GetCustomModel per job (the join is on the details table's key, model_arn).
SELECT j.job_name, j.customization_type, d.training_loss,
       JSON_VALUE(d.hyper_parameters, '$.epochCount') AS epochs,
       JSON_VALUE(d.hyper_parameters, '$.learningRate') AS learning_rate, d.training_data_s3_uri
FROM model_customization_jobs j
JOIN custom_model_details d ON d.model_arn = j.custom_model_arn AND d.job_arn = j.job_arn
WHERE j.status = 'Completed' AND j.creation_time >= TIMESTAMP '2026-01-01 00:00:00'
ORDER BY d.training_loss;

-- Why your failed models failed: one listing (modelStatus=Failed), one GetCustomModel per failed model.
SELECT m.model_name, m.creation_time, d.failure_message FROM custom_models m
JOIN custom_model_details d ON d.model_arn = m.model_arn
WHERE m.model_status = 'Failed' AND m.is_owned;

-- ---------------------------------------------------------------------------------------------------------------
-- foundation_models: one ListFoundationModels call (no paging).

-- Which foundation models can be fine-tuned here (sent as byCustomizationType=FINE_TUNING).
SELECT model_id, provider_name, inference_types_supported FROM foundation_models
WHERE customizations_supported LIKE '%"FINE_TUNING"%';

-- Your custom models per foundation model, with its provider and lifecycle (each table listed once).
SELECT f.provider_name, f.model_name, JSON_VALUE(f.model_lifecycle, '$.status') AS lifecycle,
       COUNT(*) AS custom_models
FROM custom_models m JOIN foundation_models f ON m.foundation_model_arn = f.model_arn
GROUP BY f.provider_name, f.model_name, JSON_VALUE(f.model_lifecycle, '$.status') ORDER BY custom_models DESC;

-- ---------------------------------------------------------------------------------------------------------------
-- model_customization_jobs: one ListModelCustomizationJobs call per 1,000 jobs.

-- Which customization jobs failed this week, and why: the stage that failed, and the failure message of the model
-- the job made (one GetCustomModel per failed job). The demo's data ends in October 2026; on your account write
-- j.creation_time >= CURRENT_TIMESTAMP - INTERVAL '7' DAY (a literal time, as here, is also sent as
-- creationTimeAfter; CURRENT_TIMESTAMP is evaluated by Calcite over the failed jobs).
SELECT j.job_name, j.creation_time, JSON_VALUE(j.status_details, '$.validationDetails.status') AS validation,
       JSON_VALUE(j.status_details, '$.trainingDetails.status') AS training, d.failure_message
FROM model_customization_jobs j JOIN custom_model_details d ON d.model_arn = j.custom_model_arn
WHERE j.status = 'Failed' AND j.creation_time >= TIMESTAMP '2026-10-25 00:00:00';

-- Jobs per customization type and status.
SELECT customization_type, status, COUNT(*) AS jobs FROM model_customization_jobs
GROUP BY customization_type, status ORDER BY customization_type, status;

-- ---------------------------------------------------------------------------------------------------------------
-- provisioned_model_throughputs: one ListProvisionedModelThroughputs call per 1,000.

-- Which custom models are provisioned, and at how many model units (each table listed once).
SELECT m.model_name, p.provisioned_model_name, p.model_units, p.desired_model_units, p.status,
       p.commitment_duration, p.commitment_expiration_time
FROM custom_models m JOIN provisioned_model_throughputs p ON p.model_arn = m.model_arn
ORDER BY p.model_units DESC, m.model_name;

-- Provisioned Throughput not in service yet, or changing (one call per status: statusEquals).
SELECT provisioned_model_name, status, model_units, desired_model_units, last_modified_time
FROM provisioned_model_throughputs WHERE status IN ('Creating', 'Updating', 'Failed');

-- ---------------------------------------------------------------------------------------------------------------
-- imported_models and model_import_jobs: one List call each per 1,000.

-- Imported models by architecture, and whether they support Converse.
SELECT model_architecture, instruct_supported, COUNT(*) AS models FROM imported_models
GROUP BY model_architecture, instruct_supported ORDER BY models DESC;

-- The import job that made each imported model (each table listed once).
SELECT m.model_name, m.model_architecture, j.job_name, j.status, j.end_time
FROM imported_models m JOIN model_import_jobs j ON m.model_arn = j.imported_model_arn;

-- Import jobs that did not complete (one call per status).
SELECT job_name, status, creation_time, end_time FROM model_import_jobs WHERE status IN ('Failed', 'InProgress');

-- ---------------------------------------------------------------------------------------------------------------
-- model_copy_jobs: one ListModelCopyJobs call per 1,000.

-- Models copied into your account, from which account and model, newest first.
SELECT target_model_name, source_account_id, source_model_name, status, failure_message FROM model_copy_jobs
ORDER BY creation_time DESC;

-- ---------------------------------------------------------------------------------------------------------------
-- model_invocation_jobs: one ListModelInvocationJobs call per 1,000.

-- Batch inference jobs still running or not fully done, with their progress.
SELECT job_name, model_id, status, processed_record_count, total_record_count, error_record_count, message
FROM model_invocation_jobs WHERE status IN ('InProgress', 'PartiallyCompleted', 'Failed')
ORDER BY submit_time DESC;

-- ---------------------------------------------------------------------------------------------------------------
-- evaluation_jobs: one ListEvaluationJobs call per 1,000.

-- Evaluation jobs per kind and status.
SELECT application_type, job_type, status, COUNT(*) AS jobs FROM evaluation_jobs
GROUP BY application_type, job_type, status ORDER BY application_type, job_type, status;

-- ---------------------------------------------------------------------------------------------------------------
-- custom_model_deployments: one ListCustomModelDeployments call per 1,000.

-- On-demand deployments, the model each serves, and why any failed (each table listed once).
SELECT d.custom_model_deployment_name, d.status, m.model_name, d.failure_message
FROM custom_model_deployments d JOIN custom_models m ON m.model_arn = d.model_arn
ORDER BY d.created_at DESC;

-- ---------------------------------------------------------------------------------------------------------------
-- inference_profiles and inference_profile_models: ListInferenceProfiles once per type (two calls) unless a
-- type = ... predicate names one.

-- Your application inference profiles (one call: type=APPLICATION).
SELECT inference_profile_name, inference_profile_id, description, created_at FROM inference_profiles
WHERE type = 'APPLICATION';

-- Which inference profiles route where: one row per profile and model (two calls, one per type).
SELECT inference_profile_id, type, model_arn FROM inference_profile_models ORDER BY inference_profile_id, model_arn;

-- The foundation models of this region each profile routes to, by name (three calls in all).
SELECT p.inference_profile_name, p.type, f.model_name, f.provider_name
FROM inference_profile_models p JOIN foundation_models f ON p.model_arn = f.model_arn
ORDER BY f.provider_name, f.model_name;

-- ---------------------------------------------------------------------------------------------------------------
-- guardrails: ListGuardrails lists each guardrail's DRAFT, then once more per guardrail for its versions;
-- version = 'DRAFT' or id = '...' is a single call.

-- Which guardrails are in which state (their DRAFTs: one call).
SELECT name, status, updated_at, description FROM guardrails WHERE version = 'DRAFT' ORDER BY status, name;

-- Every published version of every guardrail (one call, plus one per guardrail).
SELECT name, version, status, created_at FROM guardrails WHERE version <> 'DRAFT' ORDER BY name, version;

-- ---------------------------------------------------------------------------------------------------------------
-- prompt_routers: ListPromptRouters once per type (custom, default: two calls) unless type = ... names one.

-- Your prompt routers, the quality difference they route on, and their fallback (one call: type=custom).
SELECT prompt_router_name, JSON_VALUE(routing_criteria, '$.responseQualityDifference') AS quality_difference,
       JSON_VALUE(fallback_model, '$.modelArn') AS fallback_model
FROM prompt_routers WHERE type = 'custom';

-- ---------------------------------------------------------------------------------------------------------------
-- model_invocation_logging: one GetModelInvocationLoggingConfiguration per account and region; regions: one
-- ListCustomModels (maxResults=1) per account and region. Over many at once with regions=... and roleArns=...

-- Where is model invocation logging off (listed first), and where do the logs go where it is on?
SELECT account_id, region, logging_enabled, cloudwatch_log_group_name, s3_bucket_name, text_data_delivery_enabled
FROM model_invocation_logging ORDER BY logging_enabled, account_id, region;

-- Which of the connection's regions and accounts answer, and why the others do not (failed first).
SELECT account_id, region, status, message, checked_at FROM regions ORDER BY status, account_id, region;

-- ---------------------------------------------------------------------------------------------------------------
-- The details tables of the jobs, throughputs, imports, evaluations, deployments and guardrails: one Get per row;
-- choose the rows with a key or a join on the key, the filter on the listed side.

-- Which customization jobs failed this week, and why, every failed job with or without a model (one listing,
-- one GetModelCustomizationJob per failed job of the week).
SELECT j.job_name, j.creation_time, d.failure_message FROM model_customization_jobs j
JOIN model_customization_job_details d ON d.job_arn = j.job_arn
WHERE j.status = 'Failed' AND j.creation_time >= TIMESTAMP '2026-10-25 00:00:00';

-- Why a Provisioned Throughput failed (one listing, one Get per failed throughput).
SELECT p.provisioned_model_name, p.model_units, d.failure_message FROM provisioned_model_throughputs p
JOIN provisioned_model_throughput_details d ON d.provisioned_model_arn = p.provisioned_model_arn
WHERE p.status = 'Failed';

-- The import job behind each imported model, through GetImportedModel's job ARN.
SELECT m.model_name, d.model_data_s3_uri, j.job_name, j.status FROM imported_models m
JOIN imported_model_details d ON d.model_arn = m.model_arn
JOIN model_import_jobs j ON j.job_arn = d.job_arn;

-- Why import jobs failed.
SELECT j.job_name, d.model_data_s3_uri, d.failure_message FROM model_import_jobs j
JOIN model_import_job_details d ON d.job_arn = j.job_arn WHERE j.status = 'Failed';

-- Where each completed evaluation wrote its results.
SELECT e.job_name, e.job_type, d.output_data_s3_uri FROM evaluation_jobs e
JOIN evaluation_job_details d ON d.job_arn = e.job_arn WHERE e.status = 'Completed';

-- Deployments being moved to another model.
SELECT c.custom_model_deployment_name, d.update_status, d.update_details FROM custom_model_deployments c
JOIN custom_model_deployment_details d ON d.custom_model_deployment_arn = c.custom_model_deployment_arn
WHERE d.update_status IS NOT NULL;

-- What each guardrail's DRAFT blocks, and why a failed one failed (one listing, one GetGuardrail per guardrail).
SELECT g.name, g.status, d.blocked_input_messaging, d.status_reasons, d.failure_recommendations FROM guardrails g
JOIN guardrail_details d ON d.id = g.id AND d.version = g.version WHERE g.version = 'DRAFT';

-- ---------------------------------------------------------------------------------------------------------------
-- What a query will send to the API.
EXPLAIN PLAN FOR SELECT model_name FROM custom_models ORDER BY creation_time DESC LIMIT 5;
