import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Categories form a tree through `parentId`. */
@Entity('categories')
export class Category {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  slug: string;

  @Column('jsonb')
  names: Record<string, string>;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId: string | null;

  @Column('int')
  position: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A customer intent (what the customer wants), shared with bots' NLU; articles list the intents they answer. */
@Entity('intents')
export class Intent {
  @Column('text', { primary: true })
  key: string;

  @Column('text')
  name: string;

  @Column('text')
  description: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
