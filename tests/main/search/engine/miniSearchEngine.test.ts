import { searchEngineKinds } from '../../../../src/main/search/worker/searchEngineKinds';
import { miniSearchEngine } from '../../../../src/main/search/engine/miniSearchEngine';
import { describeSearchEngine } from './searchEngineSuite';

describeSearchEngine(miniSearchEngine, searchEngineKinds);
