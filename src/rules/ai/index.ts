// The ai family: every module in this folder, in name order.
import type { Rule } from '../../engine/types.ts';
import m_anthropic from './anthropic.ts';
import m_assemblyai from './assemblyai.ts';
import m_clarifai from './clarifai.ts';
import m_cohere from './cohere.ts';
import m_deepgram from './deepgram.ts';
import m_deepseek from './deepseek.ts';
import m_elevenlabs from './elevenlabs.ts';
import m_firecrawl from './firecrawl.ts';
import m_fireworks from './fireworks.ts';
import m_groq from './groq.ts';
import m_huggingface from './huggingface.ts';
import m_langfuse from './langfuse.ts';
import m_langsmith from './langsmith.ts';
import m_mistral from './mistral.ts';
import m_modal from './modal.ts';
import m_nvidia from './nvidia.ts';
import m_openai from './openai.ts';
import m_openrouter from './openrouter.ts';
import m_perplexity from './perplexity.ts';
import m_pinecone from './pinecone.ts';
import m_replicate from './replicate.ts';
import m_stability from './stability.ts';
import m_tavily from './tavily.ts';
import m_together from './together.ts';
import m_voyage from './voyage.ts';
import m_wandb from './wandb.ts';
import m_xai from './xai.ts';

export const rules: Rule[] = [
  ...m_anthropic,
  ...m_assemblyai,
  ...m_clarifai,
  ...m_cohere,
  ...m_deepgram,
  ...m_deepseek,
  ...m_elevenlabs,
  ...m_firecrawl,
  ...m_fireworks,
  ...m_groq,
  ...m_huggingface,
  ...m_langfuse,
  ...m_langsmith,
  ...m_mistral,
  ...m_modal,
  ...m_nvidia,
  ...m_openai,
  ...m_openrouter,
  ...m_perplexity,
  ...m_pinecone,
  ...m_replicate,
  ...m_stability,
  ...m_tavily,
  ...m_together,
  ...m_voyage,
  ...m_wandb,
  ...m_xai,
];
