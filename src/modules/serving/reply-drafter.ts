import { Injectable, Logger } from '@nestjs/common';
import type { Runnable } from '@langchain/core/runnables';
import { AppConfig } from '../../config/app-config.js';
import { neutraliseMarkup } from '../channels/render.js';

export interface ReplySource {
  articleId: string;
  title: string;
  /** The article's email wording (or its summary/body), as plain text. */
  text: string;
}

export interface DraftedReply {
  /** Plain text: no tag-shaped sequence nor dangerous URL, whatever the articles, the email or the model held. */
  text: string;
  /** `model` when a chat model wrote it, `template` for the extractive draft. */
  draftedBy: 'model' | 'template';
  /** Articles the draft was built from. */
  citations: string[];
}

const TEMPLATE_WORDS: Record<string, { greeting: string; intro: string; closing: string }> = {
  en: { greeting: 'Hello,', intro: 'Thank you for your message.', closing: 'Kind regards,' },
  fr: { greeting: 'Bonjour,', intro: 'Merci pour votre message.', closing: 'Cordialement,' },
};

/**
 * The chat model's chain. LangChain is loaded only when a model is configured: it is a large part of what a start
 * would load otherwise.
 */
async function modelChain(config: AppConfig): Promise<Runnable<Record<string, string>, string>> {
  const [{ StringOutputParser }, { ChatPromptTemplate }, { ChatOpenAI }] = await Promise.all([
    import('@langchain/core/output_parsers'),
    import('@langchain/core/prompts'),
    import('@langchain/openai'),
  ]);
  const prompt = ChatPromptTemplate.fromMessages([
    [
      'system',
      'You draft email replies for a customer contact centre. Answer only from the knowledge base articles given, in the ' +
        'language of locale "{locale}". Be brief and polite. After each statement taken from an article, cite it as ' +
        '[n] with its number. If the articles do not answer the email, say that an agent will follow up. No signature.',
    ],
    ['human', 'Knowledge base articles:\n{articles}\n\nCustomer email subject: {subject}\n\nCustomer email:\n{email}'],
  ]);
  const model = new ChatOpenAI({
    model: config.LLM_MODEL,
    apiKey: config.LLM_API_KEY,
    configuration: { baseURL: config.LLM_BASE_URL },
    temperature: 0.2,
    maxRetries: 1,
    timeout: 20_000,
  });
  return prompt.pipe(model).pipe(new StringOutputParser());
}

/** The extractive reply: greeting, the sources' wording, closing. Pure, so the fallback is always available. */
export function templateReply(locale: string, sources: ReplySource[]): string {
  const words = TEMPLATE_WORDS[locale.split('-')[0].toLowerCase()] ?? TEMPLATE_WORDS.en;
  return neutraliseMarkup(
    [words.greeting, words.intro, ...sources.map((s) => s.text.trim()), words.closing].join('\n\n'),
  );
}

/**
 * Drafts a reply to an email from suggested articles: through an OpenAI-compatible chat model when one is
 * configured (LLM_BASE_URL / LLM_API_KEY / LLM_MODEL), extractively otherwise or when the model fails.
 */
@Injectable()
export class ReplyDrafter {
  private readonly logger = new Logger(ReplyDrafter.name);
  private readonly chain: Promise<Runnable<Record<string, string>, string>> | undefined;

  constructor(config: AppConfig) {
    if (config.LLM_BASE_URL && config.LLM_API_KEY) {
      this.chain = modelChain(config);
      // A failure to load is reported by the first draft, which then falls back to the template.
      this.chain.catch(() => undefined);
    }
  }

  async draft(input: {
    subject: string;
    email: string;
    locale: string;
    sources: ReplySource[];
  }): Promise<DraftedReply> {
    const citations = input.sources.map((s) => s.articleId);
    if (this.chain && input.sources.length > 0) {
      try {
        const text = await (
          await this.chain
        ).invoke({
          locale: input.locale,
          subject: input.subject,
          email: input.email,
          articles: input.sources.map((s, i) => `[${i + 1}] ${s.title}\n${s.text}`).join('\n\n'),
        });
        // A model repeats what it is given: markup in an article or the email must not come back live.
        return { text: neutraliseMarkup(text.trim()), draftedBy: 'model', citations };
      } catch (error) {
        this.logger.warn({
          message: 'chat model failed; drafting from the template',
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
    return { text: templateReply(input.locale, input.sources), draftedBy: 'template', citations };
  }
}
